using KpiPack.Rendering.Layout;
using System.Text;
using System.Text.RegularExpressions;
using SkiaSharp;

namespace KpiPack.Rendering.Pdf;

/// <summary>Draws laid-out pages into a PDF with Skia's PDF backend.</summary>
internal static partial class PdfWriter
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
        using var buffer = new MemoryStream();
        using (var pdf = SKDocument.CreatePdf(buffer, skiaMetadata)
            ?? throw new InvalidOperationException("Skia could not start a PDF document"))
        {
            foreach (var page in pages)
            {
                var canvas = pdf.BeginPage(document.PageSize.Width * scale, document.PageSize.Height * scale);
                canvas.Scale(scale);
                document.Draw(canvas, page);
                pdf.EndPage();
            }
            pdf.Close();
        }
        var bytes = buffer.ToArray();
        InUniversalTime(bytes);
        output.Write(bytes);
    }

    /// <summary>
    /// SkiaSharp stamps the UTC date it is given with the machine's offset from UTC ("D:20200601000000+01'00'" in
    /// British Summer Time), so the bytes, and the date read back, would depend on where the build ran. The offset is
    /// written back to +00'00' in place: the same length, so the cross-reference table still holds.
    /// </summary>
    private static void InUniversalTime(byte[] pdf)
    {
        var text = Encoding.Latin1.GetString(pdf);
        foreach (Match date in DateWithOffset().Matches(text))
            Encoding.ASCII.GetBytes("+00'00'").CopyTo(pdf, date.Groups["offset"].Index);
    }

    [GeneratedRegex(@"/(CreationDate|ModDate) \(D:[0-9]{14}(?<offset>[+-][0-9]{2}'[0-9]{2}')\)")]
    private static partial Regex DateWithOffset();
}
