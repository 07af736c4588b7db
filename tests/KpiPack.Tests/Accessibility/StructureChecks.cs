using System.Text.RegularExpressions;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Tokens;

namespace KpiPack.Tests.Accessibility;

/// <summary>
/// The structure tree against the pages: the ParentTree and the elements' MCIDs agree with the marked content each page
/// holds; header cells have a scope, figures alternative text, and headings skip no level.
/// </summary>
internal static partial class StructureChecks
{
    public static IEnumerable<string> Problems(
        StructureTree tree, IReadOnlyList<Page> pages, IReadOnlyList<PageContent> contents, PdfObjects objects,
        IReadOnlyDictionary<ContentRef, (int Order, string Text)> text)
    {
        if (tree.Root is null) return [];   // DocumentChecks says so
        if (!tree.Elements.Any()) return ["the structure tree is empty: /StructTreeRoot has no elements"];
        string Label(TaggedElement e) => Describe(e, text);
        return tree.Problems
            .Concat(ParentTreeProblems(tree, pages, contents, objects, Label))
            .Concat(ElementProblems(tree, Label));
    }

    private static IEnumerable<string> ParentTreeProblems(
        StructureTree tree, IReadOnlyList<Page> pages, IReadOnlyList<PageContent> contents, PdfObjects objects,
        Func<TaggedElement, string> label)
    {
        var byObject = tree.AllElements.Where(e => e.ObjectNumber is not null).ToDictionary(e => e.ObjectNumber!.Value);
        var references = tree.AllElements.SelectMany(e => e.Content.Select(c => (Ref: c, Element: e))).ToList();
        var onPages = contents.SelectMany(c => c.Mcids.Select(m => new ContentRef(c.Page, m))).ToHashSet();

        foreach (var twice in references.GroupBy(r => r.Ref).Where(g => g.Count() > 1))
            yield return $"page {twice.Key.Page}: MCID {twice.Key.Mcid} is referenced by {twice.Count()} structure elements";
        foreach (var (reference, element) in references)
        {
            if (reference.Page == 0)
                yield return $"{label(element)} references MCID {reference.Mcid} on no known page (/Pg missing or not a page)";
            else if (!onPages.Contains(reference))
                yield return $"{label(element)} references MCID {reference.Mcid} on page {reference.Page}, which the page's content lacks";
        }

        var parentTree = objects.Dictionary(tree.Root, "ParentTree");
        if (parentTree is null)
        {
            yield return "the structure tree has no /ParentTree: marked content cannot be traced to its element";
            yield break;
        }
        var entries = objects.NumberTree(parentTree);
        foreach (var content in contents.Where(c => c.Mcids.Count > 0))
        {
            var page = pages[content.Page - 1];
            if (objects.Integer(page.Dictionary, "StructParents") is not { } key)
            {
                yield return $"page {content.Page}: has marked content (MCIDs) but no /StructParents";
                continue;
            }
            if (!entries.TryGetValue(key, out var entry) || objects.Resolve(entry) is not ArrayToken parents)
            {
                yield return $"page {content.Page}: /StructParents {key} has no array in the ParentTree";
                continue;
            }
            foreach (var mcid in content.Mcids)
            {
                var parent = mcid < parents.Length ? parents[mcid] : null;
                if (PdfObjects.ObjectNumber(parent) is not { } number || !byObject.TryGetValue(number, out var element))
                    yield return $"page {content.Page}: MCID {mcid} has no structure element in the ParentTree";
                else if (!element.Content.Contains(new ContentRef(content.Page, mcid)))
                    yield return $"page {content.Page}: the ParentTree gives MCID {mcid} to {label(element)}, which does not reference it";
            }
        }
    }

    private static IEnumerable<string> ElementProblems(StructureTree tree, Func<TaggedElement, string> label)
    {
        TaggedElement? previousHeading = null;
        foreach (var element in tree.AllElements)
        {
            if (element.Type == "TH" && string.IsNullOrEmpty(element.Scope))
                yield return $"{label(element)} is a header cell with no /Scope (Row, Column or Both) in its attributes";
            if (element.Type == "Figure" && string.IsNullOrWhiteSpace(element.Alt) && string.IsNullOrWhiteSpace(element.ActualText))
                yield return $"{label(element)} has no alternative text (/Alt)";
            if (HeadingLevel(element) is not { } level) continue;
            var previous = previousHeading is null ? 0 : HeadingLevel(previousHeading)!.Value;
            if (level > previous + 1)
                yield return previousHeading is null
                    ? $"{label(element)} is the first heading: headings must start at H1"
                    : $"{label(element)} follows {label(previousHeading)}: heading level {previous + 1} is skipped";
            previousHeading = element;
        }
    }

    private static int? HeadingLevel(TaggedElement element) =>
        NumberedHeading().Match(element.Type) is { Success: true } m ? int.Parse(m.Groups[1].Value) : null;

    [GeneratedRegex("^H([1-6])$")]
    private static partial Regex NumberedHeading();

    /// <summary>"TH (object 40, page 2) 'Ref'": the type, where it is and the start of its own text.</summary>
    private static string Describe(TaggedElement element, IReadOnlyDictionary<ContentRef, (int Order, string Text)> text)
    {
        var where = new List<string>();
        if (element.ObjectNumber is { } n) where.Add($"object {n}");
        var pages = element.SelfAndDescendants().SelectMany(e => e.Content).Select(c => c.Page).Where(p => p > 0).Distinct().ToList();
        if (pages.Count > 0) where.Add($"page {pages[0]}");
        var words = string.Concat(element.SelfAndDescendants().SelectMany(e => e.Content)
            .Select(c => text.TryGetValue(c, out var t) ? t : (Order: 0, Text: ""))
            .OrderBy(t => t.Order).Select(t => t.Text)).Trim();
        if (words.Length > 30) words = words[..30] + "…";
        return $"{element.Type}{(where.Count > 0 ? $" ({string.Join(", ", where)})" : "")}{(words.Length > 0 ? $" '{words}'" : "")}";
    }
}
