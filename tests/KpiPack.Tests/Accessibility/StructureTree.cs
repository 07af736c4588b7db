using UglyToad.PdfPig.Tokens;

namespace KpiPack.Tests.Accessibility;

/// <summary>A marked-content item a structure element points at: MCID <see cref="Mcid"/> on page <see cref="Page"/> (0: no page known).</summary>
internal readonly record struct ContentRef(int Page, int Mcid);

/// <summary>A structure element as read from the file, with what the checks need that <see cref="StructNode"/> leaves out.</summary>
internal sealed record TaggedElement(
    string Type, long? ObjectNumber, string? Alt, string? ActualText, string? Scope, string? Lang,
    IReadOnlyList<ContentRef> Content, IReadOnlyList<TaggedElement> Children)
{
    public string Name => ObjectNumber is { } n ? $"{Type} (object {n})" : Type;

    public IEnumerable<TaggedElement> SelfAndDescendants() => new[] { this }.Concat(Children.SelectMany(c => c.SelfAndDescendants()));
}

/// <summary>The structure tree under the catalog's /StructTreeRoot, and what was wrong with its shape while reading it.</summary>
internal sealed record StructureTree(DictionaryToken? Root, IReadOnlyList<TaggedElement> Elements, IReadOnlyList<string> Problems)
{
    public IEnumerable<TaggedElement> AllElements => Elements.SelectMany(e => e.SelfAndDescendants());

    public static StructureTree Read(PdfObjects objects)
    {
        var root = objects.Dictionary(objects.Catalog, "StructTreeRoot");
        if (root is null) return new StructureTree(null, [], []);
        var reader = new Reader(objects, objects.Dictionary(root, "RoleMap"), objects.Dictionary(root, "ClassMap"));
        var elements = reader.Kids(root, inheritedPage: 0);
        return new StructureTree(root, elements, reader.Problems);
    }

    private sealed class Reader(PdfObjects objects, DictionaryToken? roleMap, DictionaryToken? classMap)
    {
        private readonly HashSet<long> _visited = [];
        public List<string> Problems { get; } = [];

        public List<TaggedElement> Kids(DictionaryToken parent, int inheritedPage) =>
            Items(parent, inheritedPage).OfType<TaggedElement>().ToList();

        /// <summary>The /K entries of <paramref name="parent"/>: child elements and marked-content references.</summary>
        private IEnumerable<object> Items(DictionaryToken parent, int page)
        {
            if (!parent.TryGet(NameToken.K, out var k)) yield break;
            var kids = objects.Resolve(k) is ArrayToken array ? array.Data : [k];
            foreach (var kid in kids)
            {
                var resolved = objects.Resolve(kid);
                switch (resolved)
                {
                    case NumericToken mcid:
                        yield return new ContentRef(page, mcid.Int);
                        break;
                    case DictionaryToken d when objects.Name(d, "Type") == "MCR":
                        // A marked-content reference into a form XObject's stream (/Stm) is not on the page itself.
                        if (objects.Get(d, "Stm") is null)
                            yield return new ContentRef(PageOf(d) ?? page, objects.Integer(d, "MCID") ?? -1);
                        break;
                    case DictionaryToken d when objects.Name(d, "Type") == "OBJR":
                        break;   // an annotation or XObject: no marked content to match
                    case DictionaryToken d when d.ContainsKey(NameToken.S):
                        var number = PdfObjects.ObjectNumber(kid);
                        if (number is { } n && !_visited.Add(n))
                        {
                            Problems.Add($"structure element object {n} appears twice in the tree");
                            break;
                        }
                        yield return Element(d, number, page);
                        break;
                    default:
                        Problems.Add($"structure tree: a /K entry that is neither an element, an MCID nor a reference ({kid})");
                        break;
                }
            }
        }

        private TaggedElement Element(DictionaryToken element, long? number, int inheritedPage)
        {
            var page = PageOf(element) ?? inheritedPage;
            var items = Items(element, page).ToList();
            return new TaggedElement(
                StandardType(objects.Name(element, "S") ?? "?"),
                number,
                objects.Text(element, "Alt"),
                objects.Text(element, "ActualText"),
                Scope(element),
                objects.Text(element, "Lang"),
                items.OfType<ContentRef>().ToList(),
                items.OfType<TaggedElement>().ToList());
        }

        private int? PageOf(DictionaryToken dictionary) =>
            dictionary.TryGet(NameToken.Pg, out var pg) && PdfObjects.ObjectNumber(pg) is { } n ? objects.PageNumberOf(n) ?? 0 : null;

        /// <summary>The standard type a custom one maps to through the RoleMap (which may chain).</summary>
        private string StandardType(string type)
        {
            for (var hops = 0; hops < 16 && objects.Name(roleMap, type) is { } mapped && mapped != type; hops++)
                type = mapped;
            return type;
        }

        /// <summary>/Scope from the element's attribute objects (/A: one, or an array with revision numbers between) or its classes (/C).</summary>
        private string? Scope(DictionaryToken element)
        {
            var attributes = objects.Array(element, "A").OfType<DictionaryToken>()
                .Concat(objects.Array(element, "C").OfType<NameToken>().SelectMany(c => objects.Array(classMap, c.Data).OfType<DictionaryToken>()));
            return attributes.Select(a => objects.Name(a, "Scope")).FirstOrDefault(s => s is not null);
        }
    }
}
