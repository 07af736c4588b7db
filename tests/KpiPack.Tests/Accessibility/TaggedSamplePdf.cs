using System.Text;
using System.Text.RegularExpressions;
using PdfSharp.Drawing;
using PdfSharp.Pdf;
using PdfSharp.Pdf.IO;
using PdfSharp.UniversalAccessibility;

namespace KpiPack.Tests.Accessibility;

/// <summary>One thing wrong with the tagged sample, each breaking exactly one PDF/UA point.</summary>
public enum Defect
{
    None,
    NoLanguage,
    HeaderCellWithoutScope,
    FigureWithoutAlt,
    SkippedHeadingLevel,
    MarkedContentAcrossText,
    TextOutsideTags,
    NoStructParents,
    NoPdfUaPart,
    FontNotEmbedded,
    FontWithoutToUnicode,
}

/// <summary>
/// A one-page tagged PDF written with PDFsharp's UniversalAccessibility the way the appendix is meant to be: a title
/// (H1), a paragraph, a section heading (H2), a table with header cells scoped by column and by row, a figure with
/// alternative text, and page furniture as artifacts; or the same with one <see cref="Defect"/>.
/// </summary>
internal static partial class TaggedSamplePdf
{
    public const string Title = "Children's services indicators: a tagged sample";
    private static readonly XPdfFontOptions Unicode = new(PdfFontEncoding.Unicode);

    public static string Write(string folder, Defect defect = Defect.None)
    {
        ShippedFontResolver.EnsureRegistered();
        var pdf = Draw(defect);
        if (defect == Defect.TextOutsideTags) pdf = Reopened(pdf, AddUntaggedText);
        if (defect == Defect.NoStructParents) pdf = Reopened(pdf, d => d.Pages[0].Elements.Remove("/StructParents"));
        // PDFsharp always embeds its fonts with a ToUnicode map: these two take them out afterwards.
        if (defect == Defect.FontNotEmbedded) pdf = Reopened(pdf, d => ForEachFont(d, (font, descriptor) => descriptor.Elements.Remove("/FontFile2")));
        if (defect == Defect.FontWithoutToUnicode) pdf = Reopened(pdf, d => ForEachFont(d, (font, descriptor) => font.Elements.Remove("/ToUnicode")));
        if (defect != Defect.NoPdfUaPart) pdf = ClaimPdfUa(pdf);
        var path = Path.Combine(folder, $"tagged-{defect}.pdf");
        File.WriteAllBytes(path, pdf);
        return path;
    }

    /// <summary>The same kind of page written with no tagging at all.</summary>
    public static string WriteUntagged(string folder)
    {
        ShippedFontResolver.EnsureRegistered();
        var path = Path.Combine(folder, "untagged.pdf");
        using var document = new PdfDocument();
        using (var gfx = XGraphics.FromPdfPage(document.AddPage()))
            gfx.DrawString(Title, new XFont("DejaVu Sans Condensed", 12, XFontStyleEx.Regular, Unicode), XBrushes.Black, 40, 40);
        document.Save(path);
        return path;
    }

    private static byte[] Draw(Defect defect)
    {
        using var document = new PdfDocument();
        document.Info.Title = Title;
        var ua = UAManager.ForDocument(document);
        ua.SetDocumentLanguage("en-GB");
        if (defect == Defect.NoLanguage) document.Internals.Catalog.Elements.Remove("/Lang");
        var page = document.AddPage();
        using var gfx = XGraphics.FromPdfPage(page);
        var tags = ua.StructureBuilder;
        var regular = new XFont("DejaVu Sans Condensed", 10, XFontStyleEx.Regular, Unicode);
        var bold = new XFont("DejaVu Sans Condensed", 14, XFontStyleEx.Bold, Unicode);

        void Text(string text, XFont font, double x, double y)
        {
            // Without text mode the marked content opens before BT and closes inside it (PDFsharp opens it lazily).
            if (defect != Defect.MarkedContentAcrossText) ua.BeginTextMode();
            gfx.DrawString(text, font, XBrushes.Black, x, y);
        }

        void Tagged(PdfBlockLevelElementTag tag, string text, XFont font, double x, double y)
        {
            tags.BeginElement(tag);
            Text(text, font, x, y);
            tags.End();
        }

        void HeaderCell(string text, string scope, double x, double y, bool scoped = true)
        {
            tags.BeginElement(PdfBlockLevelElementTag.TableHeaderCell);
            if (scoped) tags.CurrentStructureElement.TableAttributes.Elements.SetName("/Scope", $"/{scope}");
            Text(text, regular, x, y);
            tags.End();
        }

        // Furniture first, in graphics mode, so the first tagged text starts its own text object.
        ua.BeginGraphicMode();
        tags.BeginArtifact();
        gfx.DrawLine(XPens.Gray, 40, 30, 555, 30);
        gfx.DrawString("Page 1 of 1", regular, XBrushes.Gray, 500, 820);
        ua.BeginGraphicMode();
        tags.End();

        Tagged(PdfBlockLevelElementTag.Heading1, Title, bold, 40, 60);
        Tagged(PdfBlockLevelElementTag.Paragraph, "Two indicators and a chart, for the checker's own tests.", regular, 40, 85);
        Tagged(defect == Defect.SkippedHeadingLevel ? PdfBlockLevelElementTag.Heading3 : PdfBlockLevelElementTag.Heading2,
            "The figures", bold, 40, 115);

        tags.BeginElement(PdfBlockLevelElementTag.Table);
        tags.BeginElement(PdfBlockLevelElementTag.TableHeadRowGroup);
        tags.BeginElement(PdfBlockLevelElementTag.TableRow);
        HeaderCell("Ref", "Column", 40, 140);
        HeaderCell("Indicator", "Column", 90, 140);
        HeaderCell("Jun-20", "Column", 300, 140, scoped: defect != Defect.HeaderCellWithoutScope);
        tags.End();
        tags.End();
        tags.BeginElement(PdfBlockLevelElementTag.TableBodyRowGroup);
        string[][] rows = [["M1", "Contacts received", "1,234"], ["M2", "Referrals accepted", "567"]];
        for (var i = 0; i < rows.Length; i++)
        {
            var y = 160 + 20 * i;
            tags.BeginElement(PdfBlockLevelElementTag.TableRow);
            HeaderCell(rows[i][0], "Row", 40, y);
            Tagged(PdfBlockLevelElementTag.TableDataCell, rows[i][1], regular, 90, y);
            Tagged(PdfBlockLevelElementTag.TableDataCell, rows[i][2], regular, 300, y);
            tags.End();
        }
        tags.End();
        tags.End();

        ua.BeginGraphicMode();
        // PDFsharp writes the figure's box as given, without flipping y: PDF coordinates (origin bottom left).
        tags.BeginElement(PdfIllustrationElementTag.Figure,
            defect == Defect.FigureWithoutAlt ? "" : "Contacts rose from 1,100 in May to 1,234 in June.",
            new XRect(40, page.Height.Point - 320, 200, 100));
        gfx.DrawRectangle(XBrushes.SteelBlue, 40, 260, 80, 60);
        gfx.DrawRectangle(XBrushes.SteelBlue, 140, 240, 80, 80);
        ua.BeginGraphicMode();
        tags.End();
        // Text after graphics: the case where PDFsharp, left alone, opens the marked content before BT.
        Tagged(PdfBlockLevelElementTag.Paragraph, "Source: the council's monthly dataset.", regular, 40, 340);

        using var stream = new MemoryStream();
        document.Save(stream, closeStream: false);
        return stream.ToArray();
    }

    /// <summary>Reopens the PDF (without its tagging manager), changes it and saves it again.</summary>
    private static byte[] Reopened(byte[] pdf, Action<PdfDocument> change)
    {
        using var input = new MemoryStream(pdf);
        using var document = PdfReader.Open(input, PdfDocumentOpenMode.Modify);
        change(document);
        using var output = new MemoryStream();
        document.Save(output, closeStream: false);
        return output.ToArray();
    }

    /// <summary>Each (Type0) font on the first page with its descendant's font descriptor.</summary>
    private static void ForEachFont(PdfDocument document, Action<PdfDictionary, PdfDictionary> change)
    {
        var fonts = document.Pages[0].Elements.GetDictionary("/Resources")!.Elements.GetDictionary("/Font")!;
        foreach (var key in fonts.Elements.Keys)
        {
            var font = fonts.Elements.GetDictionary(key)!;
            var descendant = font.Elements.GetArray("/DescendantFonts")!.Elements.GetDictionary(0)!;
            change(font, descendant.Elements.GetDictionary("/FontDescriptor")!);
        }
    }

    private static void AddUntaggedText(PdfDocument document)
    {
        using var gfx = XGraphics.FromPdfPage(document.Pages[0], XGraphicsPdfPageOptions.Append);
        gfx.DrawString("DRAFT", new XFont("DejaVu Sans Condensed", 24, XFontStyleEx.Bold, Unicode), XBrushes.Red, 400, 60);
    }

    /// <summary>
    /// Adds pdfuaid:part 1 to the XMP PDFsharp writes at save (it writes none, and rewrites the XMP on every save):
    /// in place of its empty dc:creator and dc:description, padded to the same length so no offset in the file moves.
    /// </summary>
    private static byte[] ClaimPdfUa(byte[] pdf)
    {
        var text = Encoding.Latin1.GetString(pdf);
        const string claim = "<pdfuaid:part xmlns:pdfuaid=\"http://www.aiim.org/pdfua/ns/id/\">1</pdfuaid:part>";
        // A file saved twice keeps its first XMP object beside the new one: every copy gets the claim.
        var claimed = EmptyCreatorAndDescription().Replace(text, empty => claim.PadRight(empty.Length));
        if (claimed == text) throw new InvalidOperationException("PDFsharp's XMP no longer has the empty dc:creator and dc:description this replaces");
        return Encoding.Latin1.GetBytes(claimed);
    }

    [GeneratedRegex(@"<dc:creator><rdf:Seq><rdf:li></rdf:li></rdf:Seq></dc:creator>\s*<dc:description><rdf:Alt><rdf:li xml:lang=""x-default""></rdf:li></rdf:Alt></dc:description>")]
    private static partial Regex EmptyCreatorAndDescription();
}
