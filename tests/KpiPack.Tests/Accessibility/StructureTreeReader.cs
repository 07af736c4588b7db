using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;

namespace KpiPack.Tests.Accessibility;

/// <summary>
/// Reads a tagged PDF's structure tree back as <see cref="StructNode"/>s, each with the text of the marked content it
/// references. The root returned is the /StructTreeRoot itself (Type "StructTreeRoot"); its children are the
/// top-level elements (usually one Document). An untagged PDF gives a root with no children.
/// </summary>
public static class StructureTreeReader
{
    public static StructNode Read(string pdfPath)
    {
        using var document = PdfDocument.Open(pdfPath);
        var objects = new PdfObjects(document);
        var tree = StructureTree.Read(objects);
        var content = MarkedText(document);
        return new StructNode("StructTreeRoot", null, null, null, "", tree.Elements.Select(e => Node(e, content)).ToList());
    }

    private static StructNode Node(TaggedElement element, IReadOnlyDictionary<ContentRef, (int Order, string Text)> content)
    {
        var text = string.Concat(element.Content
            .Select(c => content.TryGetValue(c, out var found) ? found : (Order: int.MaxValue, Text: ""))
            .OrderBy(c => c.Order)
            .Select(c => c.Text));
        return new StructNode(element.Type, element.Alt, element.Scope, element.Lang, text,
            element.Children.Select(c => Node(c, content)).ToList());
    }

    /// <summary>Each page's marked content by MCID: its place in the document's content order and the text drawn in it.</summary>
    internal static IReadOnlyDictionary<ContentRef, (int Order, string Text)> MarkedText(PdfDocument document)
    {
        var result = new Dictionary<ContentRef, (int, string)>();
        var order = 0;
        foreach (var page in document.GetPages())
            foreach (var marked in Flatten(page.GetMarkedContents()))
                if (marked.MarkedContentIdentifier >= 0 && !marked.IsArtifact)
                    result.TryAdd(new ContentRef(page.Number, marked.MarkedContentIdentifier),
                        (order++, string.Concat(marked.Letters.Select(l => l.Value))));
        return result;
    }

    private static IEnumerable<MarkedContentElement> Flatten(IEnumerable<MarkedContentElement> elements) =>
        elements.SelectMany(e => new[] { e }.Concat(Flatten(e.Children)));
}
