using System.Xml;
using System.Xml.Linq;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Tokens;

namespace KpiPack.Tests.Accessibility;

/// <summary>The catalog-level points of PDF/UA-1: marked as tagged, a language, the title shown, and the XMP identification.</summary>
internal static class DocumentChecks
{
    private static readonly XNamespace Dc = "http://purl.org/dc/elements/1.1/";
    private static readonly XNamespace PdfUaId = "http://www.aiim.org/pdfua/ns/id/";

    public static IEnumerable<string> Problems(PdfDocument document, PdfObjects objects)
    {
        var catalog = objects.Catalog;
        if (objects.Get(objects.Dictionary(catalog, "MarkInfo"), "Marked") is not BooleanToken { Data: true })
            yield return "the PDF is not marked as tagged: the catalog has no /MarkInfo << /Marked true >>";
        if (objects.Dictionary(catalog, "StructTreeRoot") is null)
            yield return "no structure tree: the catalog has no /StructTreeRoot";
        if (string.IsNullOrWhiteSpace(objects.Text(catalog, "Lang")))
            yield return "no document language: the catalog has no /Lang";
        if (objects.Get(objects.Dictionary(catalog, "ViewerPreferences"), "DisplayDocTitle") is not BooleanToken { Data: true })
            yield return "the title is not shown: /ViewerPreferences has no /DisplayDocTitle true";
        foreach (var problem in XmpProblems(document))
            yield return problem;
    }

    private static IEnumerable<string> XmpProblems(PdfDocument document)
    {
        if (!document.TryGetXmpMetadata(out var xmp))
        {
            yield return "no XMP metadata (/Metadata in the catalog): no dc:title, no pdfuaid:part";
            yield break;
        }
        if (Parse(xmp, out var error) is not { } xml)
        {
            yield return $"the XMP metadata is not well-formed XML ({error})";
            yield break;
        }
        var title = xml.Descendants(Dc + "title").Select(t => t.Value.Trim()).FirstOrDefault(t => t.Length > 0);
        if (title is null)
            yield return "no title: the XMP metadata has no dc:title";
        var parts = xml.Descendants(PdfUaId + "part").Select(p => p.Value.Trim())
            .Concat(xml.Descendants().Attributes(PdfUaId + "part").Select(a => a.Value.Trim()))
            .ToList();
        if (parts.Count == 0)
            yield return "the XMP metadata does not claim PDF/UA: no pdfuaid:part";
        else if (!parts.Contains("1"))
            yield return $"the XMP metadata's pdfuaid:part is {parts[0]}, not 1";
    }

    private static XDocument? Parse(XmpMetadata xmp, out string? error)
    {
        try
        {
            error = null;
            return xmp.GetXDocument();
        }
        catch (XmlException e)
        {
            error = e.Message;
            return null;
        }
    }
}
