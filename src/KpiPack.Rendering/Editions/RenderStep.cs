using System.Runtime.ExceptionServices;
using KpiPack.Core.Building;
using KpiPack.Core.Input;
using KpiPack.Core.Packs;
using KpiPack.Rendering.Pdf;

namespace KpiPack.Rendering.Editions;

/// <summary>
/// The build's last step before writing: each planned output handed to its edition's renderer. The command line
/// writes what comes back and renders nothing itself.
/// </summary>
public static class RenderStep
{
    /// <summary>The editions a build writes: the PDF, its HTML twin, the table as .csv when asked, and the record of the figures printed.</summary>
    public static IReadOnlyList<IEditionRenderer> Editions { get; } = [new PdfRenderer(), new HtmlRenderer(), new CsvRenderer(), new RecordRenderer()];

    /// <summary>
    /// Renders every output of the plan, on as many cores as there are: each edition is drawn on its own, so the
    /// order they finish in changes no byte. Results and the first failure come in the plan's order.
    /// </summary>
    public static IReadOnlyList<(AppendixJob Job, IReadOnlyList<RenderedOutput> Files)> RenderAll(BuildPlan plan, IReadOnlyList<IEditionRenderer>? editions = null)
    {
        editions ??= Editions;
        var work = plan.Jobs.SelectMany(job => job.Outputs.Select(output => (Job: job, Output: output))).ToArray();
        var rendered = new RenderedOutput?[work.Length];
        var failures = new ExceptionDispatchInfo?[work.Length];
        Parallel.For(0, work.Length, i =>
        {
            try
            {
                rendered[i] = Render(plan.Pack, work[i].Job, work[i].Output, editions);
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
    public static RenderedOutput Render(LoadedPack pack, AppendixJob job, PlannedOutput output, IReadOnlyList<IEditionRenderer>? editions = null)
    {
        var renderer = (editions ?? Editions).FirstOrDefault(e => e.Edition == output.Edition)
            ?? throw new InvalidOperationException($"no renderer for the {output.Edition} edition");
        try
        {
            var result = renderer.Render(job);
            return new RenderedOutput(output, result.Bytes, result.Pages, result.Shortened);
        }
        catch (PageTooNarrowException e)
        {
            throw new InputException(new InputLocation(DisplayPath.Of(pack.Pack.File ?? pack.Pack.Folder)), $"appendix {job.Appendix.Number}, {job.Month.Label}: {e.Message}");
        }
    }
}
