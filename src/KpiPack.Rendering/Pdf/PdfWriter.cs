using KpiPack.Rendering.Fonts;
using KpiPack.Rendering.Layout;
using PdfSharp.Drawing;
using PdfSharp.Pdf;
using PdfSharp.UniversalAccessibility;

namespace KpiPack.Rendering.Pdf;

/// <summary>
/// Draws laid-out pages into a tagged PDF (PDF/UA-1) with PDFsharp: the structure tree in reading order, the document's
/// language and title shown as the window's title, bookmarks, and XMP metadata naming PDF/UA. Nothing in the file
/// depends on the clock, the machine's time zone or chance (<see cref="Reproducible"/>).
/// </summary>
internal static class PdfWriter
{
    /// <summary>
    /// Writes <paramref name="pages"/> of <paramref name="document"/>. With <paramref name="scale"/> above 1 the
    /// same layout is printed larger on a bigger sheet (A3 is A4 × √2).
    /// </summary>
    public static void Write(PagedDocument document, IReadOnlyList<Page> pages, PdfMetadata metadata, FontSet fonts, Stream output, float scale = 1)
    {
        if (metadata.Created.Kind != DateTimeKind.Utc)
            throw new ArgumentException("the creation date must be UTC, or the machine's time zone leaks into the file", nameof(metadata));

        using var pdf = new PdfDocument();
        pdf.Info.Title = metadata.Title;
        pdf.Info.Subject = metadata.Subject;
        pdf.Info.Author = metadata.Author;
        pdf.Info.Creator = metadata.Creator;
        var ua = UAManager.ForDocument(pdf);
        ua.SetDocumentLanguage(metadata.Language);
        pdf.ViewerPreferences.DisplayDocTitle = true;
        pdf.PageMode = PdfPageMode.UseOutlines;

        var canvas = new PdfCanvas(ua, fonts, document.PageSize.Height, scale);
        foreach (var layout in pages)
        {
            var page = pdf.AddPage();
            page.Width = XUnit.FromPoint(document.PageSize.Width * scale);
            page.Height = XUnit.FromPoint(document.PageSize.Height * scale);
            using var graphics = XGraphics.FromPdfPage(page);
            if (scale != 1) graphics.ScaleTransform(scale);
            canvas.Graphics = graphics;
            canvas.Page = page;
            canvas.StartPage();
            document.Draw(canvas, layout);
            ua.BeginGraphicMode();
        }
        foreach (var (title, page, _) in canvas.Outline) pdf.Outlines.Add(title, page);
        var digest = Reproducible.Fix(pdf, metadata);
        using var saved = new MemoryStream();
        pdf.Save(saved, closeStream: false);
        output.Write(Reproducible.ReplaceXmp(saved.ToArray(), metadata, digest, pdf.Info.Producer));
    }
}
