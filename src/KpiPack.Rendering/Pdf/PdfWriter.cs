using KpiPack.Rendering.Layout;
using SkiaSharp;

namespace KpiPack.Rendering.Pdf;

/// <summary>Draws laid-out pages into a PDF with Skia's PDF backend.</summary>
internal static class PdfWriter
{
    /// <summary>
    /// Writes <paramref name="pages"/> of <paramref name="document"/>. With <paramref name="scale"/> above 1 the
    /// same layout is printed larger on a bigger sheet (A3 is A4 × √2).
    /// </summary>
    public static void Write(PagedDocument document, IReadOnlyList<Page> pages, PdfMetadata metadata, Stream output, float scale = 1)
    {
        if (metadata.Created.Kind != DateTimeKind.Utc)
            throw new ArgumentException("the creation date must be UTC, or the machine's time zone leaks into the file", nameof(metadata));

        var skiaMetadata = new SKDocumentPdfMetadata
        {
            Title = metadata.Title,
            Subject = metadata.Subject,
            Author = metadata.Author,
            Creator = metadata.Creator,
            Producer = metadata.Creator,
            Creation = metadata.Created,
            Modified = metadata.Created,
            RasterDpi = 300,
        };
        using var pdf = SKDocument.CreatePdf(output, skiaMetadata)
            ?? throw new InvalidOperationException("Skia could not start a PDF document");
        foreach (var page in pages)
        {
            var canvas = pdf.BeginPage(document.PageSize.Width * scale, document.PageSize.Height * scale);
            canvas.Scale(scale);
            document.Draw(canvas, page);
            pdf.EndPage();
        }
        pdf.Close();
    }
}
