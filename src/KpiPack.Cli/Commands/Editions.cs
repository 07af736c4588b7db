using System.Runtime.ExceptionServices;
using KpiPack.Core.Building;
using KpiPack.Core.Input;
using KpiPack.Core.Packs;
using KpiPack.Core.Output;
using KpiPack.Rendering.Html;
using KpiPack.Rendering.Pdf;

namespace KpiPack.Cli.Commands;

/// <summary>A planned output rendered to bytes in memory, so it can be written whole or compared with the file on disk.</summary>
/// <param name="Shortened">The page's headings printed shortened to fit their space (the PDF only; the HTML wraps them).</param>
internal sealed record RenderedOutput(PlannedOutput Output, byte[] Bytes, int Pages, IReadOnlyList<HeaderText> Shortened);

internal static class Editions
{
    /// <summary>
    /// Renders every output of the plan, on as many cores as there are: each edition is drawn on its own, so the
    /// order they finish in changes no byte. Results and the first failure come in the plan's order.
    /// </summary>
    public static IReadOnlyList<(AppendixJob Job, IReadOnlyList<RenderedOutput> Files)> RenderAll(BuildPlan plan)
    {
        var work = plan.Jobs.SelectMany(job => job.Outputs.Select(output => (Job: job, Output: output))).ToArray();
        var rendered = new RenderedOutput?[work.Length];
        var failures = new ExceptionDispatchInfo?[work.Length];
        Parallel.For(0, work.Length, i =>
        {
            try
            {
                rendered[i] = Render(plan.Pack, work[i].Job, work[i].Output);
            }
            catch (Exception e)
            {
                failures[i] = ExceptionDispatchInfo.Capture(e);
            }
        });
        failures.FirstOrDefault(failure => failure is not null)?.Throw();
        var byJob = new List<(AppendixJob, IReadOnlyList<RenderedOutput>)>();
        var first = 0;
        foreach (var job in plan.Jobs)
        {
            byJob.Add((job, rendered[first..(first + job.Outputs.Count)].Select(r => r!).ToList()));
            first += job.Outputs.Count;
        }
        return byJob;
    }

    /// <summary>Renders one output; a layout the pack's settings make impossible is refused as bad input, naming the pack file.</summary>
    public static RenderedOutput Render(LoadedPack pack, AppendixJob job, PlannedOutput output)
    {
        try
        {
            return Render(job, output);
        }
        catch (PageTooNarrowException e)
        {
            throw new InputException(new InputLocation(DisplayPath.Of(pack.Pack.File ?? pack.Pack.Folder)), $"appendix {job.Appendix.Number}, {job.Month.Label}: {e.Message}");
        }
    }

    private static RenderedOutput Render(AppendixJob job, PlannedOutput output)
    {
        using var buffer = new MemoryStream();
        var pages = 0;
        IReadOnlyList<HeaderText> shortened = [];
        switch (output.Edition)
        {
            case Edition.Pdf:
                pages = PdfEdition.Write(job.Appendix, buffer, out shortened);
                break;
            case Edition.Html:
                // The accessible edition: a PDF from Skia cannot be tagged, so every PDF has an HTML twin.
                HtmlEdition.Write(job.Appendix, buffer);
                break;
            case Edition.Record:
                buffer.Write(PrintedRecord.Bytes(job.Appendix.Printed));
                break;
            case Edition.Csv:
                using (var writer = new StreamWriter(buffer, leaveOpen: true)) DerivedTableWriter.WriteSpreadsheetCsv(job.Table, writer);
                break;
        }
        return new RenderedOutput(output, buffer.ToArray(), pages, shortened);
    }
}
