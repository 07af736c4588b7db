using UglyToad.PdfPig;

namespace KpiPack.Tests.Accessibility;

/// <summary>
/// The machine-checkable points of PDF/UA-1 (ISO 14289-1) that KpiPack's appendix must meet: marked as tagged, with a
/// structure tree whose ParentTree matches every page's marked content; every painting operator in tagged content or
/// an artifact; no marked content crossing BT/ET; a language, a title shown as the window title, pdfuaid:part 1 in
/// the XMP; fonts embedded with ToUnicode; header cells with a scope, figures with alternative text, headings that
/// skip no level. It is not a full validator (veraPDF or PAC check far more); what it checks it checks exactly.
/// </summary>
public static class PdfUaChecker
{
    /// <summary>One readable line per problem found; empty when every point holds.</summary>
    public static IReadOnlyList<string> Problems(string pdfPath)
    {
        PdfDocument document;
        try { document = PdfDocument.Open(pdfPath); }
        catch (Exception e) when (e is not IOException and not UnauthorizedAccessException)
        {
            return [$"{Path.GetFileName(pdfPath)} cannot be read as a PDF: {e.Message}"];
        }
        using (document)
        {
            var objects = new PdfObjects(document);
            var pages = document.GetPages().ToList();
            var contents = pages.Select(p => PageContent.Read(p, objects)).ToList();
            var tree = StructureTree.Read(objects);
            var text = StructureTreeReader.MarkedText(document);
            return DocumentChecks.Problems(document, objects)
                .Concat(contents.SelectMany(c => c.Problems))
                .Concat(StructureChecks.Problems(tree, pages, contents, objects, text))
                .Concat(FontChecks.Problems(pages, objects))
                .ToList();
        }
    }
}
