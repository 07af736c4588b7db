using KpiPack.Core.Building;
using KpiPack.Core.Input;
using KpiPack.Rendering.Editions;
using KpiPack.Rendering.Pdf;

namespace KpiPack.Cli.Commands;

/// <summary>
/// Warnings for page headings printed shortened (a title, agenda item or benchmark caption longer than its space),
/// each naming the setting to change: the pack file's, or the command line's when that gave it.
/// </summary>
internal sealed record ShortenedHeadings(bool ServiceGiven, bool CaptionGiven, bool AgendaItemGiven, bool AppendixGiven)
{
    public IReadOnlyList<string> Warnings(BuildPlan plan, IEnumerable<(AppendixJob Job, RenderedOutput File)> rendered) =>
        rendered.SelectMany(r => r.File.Shortened.Select(heading => Warning(plan, r.Job, heading))).Distinct().ToList();

    private string Warning(BuildPlan plan, AppendixJob job, HeaderText heading)
    {
        var (setting, space, lines) = heading switch
        {
            HeaderText.Title => (TitleSetting(plan, job), "the page header", "two lines"),
            HeaderText.AgendaItem => (AgendaItemGiven ? "--agenda-item" : Setting(plan, "\"agendaItem\""), "the stamp at the top right", "two lines"),
            HeaderText.AppendixNumber => (AppendixGiven ? "--appendix" : Setting(plan, $"appendix {job.Appendix.Number}'s number"), "the stamp at the top right", "two lines"),
            _ => (CaptionGiven ? "--caption" : Setting(plan, "\"benchmarkCaption\""), "the benchmarking key", "three lines"),
        };
        // No month: with --all-months the same setting is too long every month, and is said once.
        return $"{setting} is too long for {space} ({lines}): appendix {job.Appendix.Number} prints it shortened, ending in …; shorten it to print it whole";
    }

    private string TitleSetting(BuildPlan plan, AppendixJob job)
    {
        var pack = plan.Pack.Pack;
        var definition = pack.Appendices.FirstOrDefault(a => a.Number == job.Appendix.Number) ?? (pack.Appendices.Count == 1 ? pack.Appendices[0] : null);
        if (definition?.Title is not null) return Setting(plan, $"appendix {job.Appendix.Number}'s \"title\"");
        if (ServiceGiven) return "--service";
        return pack.File is null ? $"{DisplayPath.Of(pack.PathOf(pack.Catalogue))}: the first section's name (the title without a pack file)" : Setting(plan, "\"service\"");
    }

    private static string Setting(BuildPlan plan, string name) =>
        plan.Pack.Pack.File is { } file ? $"{DisplayPath.Of(file)}: {name}" : name;
}
