using KpiPack.Core.Appendix;
using KpiPack.Core.Model;

namespace KpiPack.Cli;

/// <summary>
/// Says on screen which figures an appendix prints differently from the most recent earlier one: a line naming the
/// appendix and the earlier month, then each figure, both as printed. Nothing when none changed.
/// </summary>
internal static class RevisionReport
{
    public static void Write(TextWriter writer, string appendix, Month month, RevisionList? revisions)
    {
        if (revisions is null || revisions.Figures.Count == 0) return;
        var count = revisions.Figures.Count;
        writer.WriteLine($"appendix {appendix}, {month.Label}: {count} figure{(count == 1 ? "" : "s")} revised since the {revisions.Since.Label} appendix:");
        foreach (var revision in revisions.Figures) writer.WriteLine($"  {revision}");
    }
}
