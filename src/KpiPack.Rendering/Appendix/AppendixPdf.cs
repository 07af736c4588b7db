using KpiPack.Rendering.Layout;
using KpiPack.Rendering.Pdf;

namespace KpiPack.Rendering.Appendix;

/// <summary>What was written: enough for the CLI to tell the user.</summary>
public sealed record RenderResult(int Pages, long Bytes);

/// <summary>Renders an appendix to a PDF stream.</summary>
public static class AppendixPdf
{
    public static RenderResult Write(AppendixReport report, AppendixOptions options, Stream output)
    {
        using var fonts = new FontSet();
        using var sparklines = new Sparklines();
        var appendix = new AppendixDocument(report, options, fonts, sparklines);
        var pages = appendix.Document.Layout();
        var metadata = new PdfMetadata(
            appendix.Title,
            $"Key performance indicators for {report.Month.Label}",
            options.Author,
            report.Month.FirstDayUtc);
        var start = output.CanSeek ? output.Position : 0;
        PdfWriter.Write(appendix.Document, pages, metadata, output, options.PageSize == PageSize.A3 ? MathF.Sqrt(2) : 1);
        return new RenderResult(pages.Count, output.CanSeek ? output.Position - start : 0);
    }
}
