using KpiPack.Core.Building;
using KpiPack.Core.Output;
using KpiPack.Rendering.Html;
using KpiPack.Rendering.Pdf;

namespace KpiPack.Cli.Commands;

/// <summary>A planned output rendered to bytes in memory, so it can be written whole or compared with the file on disk.</summary>
internal sealed record RenderedOutput(PlannedOutput Output, byte[] Bytes, int Pages);

internal static class Editions
{
    public static RenderedOutput Render(AppendixJob job, PlannedOutput output)
    {
        using var buffer = new MemoryStream();
        var pages = 0;
        switch (output.Edition)
        {
            case Edition.Pdf:
                pages = PdfEdition.Write(job.Appendix, buffer);
                break;
            case Edition.Html:
                // The accessible edition: a PDF from Skia cannot be tagged, so every PDF has an HTML twin.
                HtmlEdition.Write(job.Appendix, buffer);
                break;
            case Edition.Csv:
                using (var writer = new StreamWriter(buffer, leaveOpen: true)) DerivedTableWriter.WriteSpreadsheetCsv(job.Table, writer);
                break;
        }
        return new RenderedOutput(output, buffer.ToArray(), pages);
    }
}
