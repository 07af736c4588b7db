using KpiPack.Core.Building;
using KpiPack.Core.Output;
using KpiPack.Rendering.Html;
using KpiPack.Rendering.Pdf;

namespace KpiPack.Rendering.Editions;

/// <summary>A planned output rendered to bytes in memory, so it can be written whole or compared with the file on disk.</summary>
/// <param name="Shortened">The page's headings printed shortened to fit their space (the PDF only; the HTML wraps them).</param>
public sealed record RenderedOutput(PlannedOutput Output, byte[] Bytes, int Pages, IReadOnlyList<HeaderText> Shortened);

/// <summary>What an edition's renderer gives back: the file's bytes, its pages (0 where pages mean nothing), the headings it shortened.</summary>
public sealed record Rendered(byte[] Bytes, int Pages, IReadOnlyList<HeaderText> Shortened);

/// <summary>One edition of an appendix: how a job becomes that edition's file. An edition plugs into the build here.</summary>
public interface IEditionRenderer
{
    Edition Edition { get; }

    Rendered Render(AppendixJob job);
}

/// <summary>The printed edition: tagged PDF, landscape pages laid out like the council's Appendix 1.</summary>
public sealed class PdfRenderer : IEditionRenderer
{
    public Edition Edition => Edition.Pdf;

    public Rendered Render(AppendixJob job)
    {
        using var buffer = new MemoryStream();
        var pages = PdfEdition.Write(job.Appendix, buffer, out var shortened);
        return new Rendered(buffer.ToArray(), pages, shortened);
    }
}

/// <summary>The edition for the screen: one HTML file.</summary>
public sealed class HtmlRenderer : IEditionRenderer
{
    public Edition Edition => Edition.Html;

    public Rendered Render(AppendixJob job)
    {
        using var buffer = new MemoryStream();
        HtmlEdition.Write(job.Appendix, buffer);
        return new Rendered(buffer.ToArray(), 0, []);
    }
}

/// <summary>The derived table as a .csv, safe to open in a spreadsheet.</summary>
public sealed class CsvRenderer : IEditionRenderer
{
    public Edition Edition => Edition.Csv;

    public Rendered Render(AppendixJob job)
    {
        using var buffer = new MemoryStream();
        using (var writer = new StreamWriter(buffer, leaveOpen: true)) DerivedTableWriter.WriteSpreadsheetCsv(job.Table, writer);
        return new Rendered(buffer.ToArray(), 0, []);
    }
}

/// <summary>The record of the figures an appendix printed, kept in the pack so a later build can list revisions.</summary>
public sealed class RecordRenderer : IEditionRenderer
{
    public Edition Edition => Edition.Record;

    public Rendered Render(AppendixJob job) => new(PrintedRecord.Bytes(job.Appendix.Printed), 0, []);
}
