using KpiPack.Core.Input;

namespace KpiPack.Cli;

/// <summary>Prints findings one per line, the first few in full and a count of the rest.</summary>
internal static class FindingReport
{
    public const int Shown = 20;

    public static void Write(TextWriter writer, IEnumerable<Finding> findings, string? hint = null)
    {
        var list = findings.ToList();
        foreach (var finding in list.Take(Shown))
            writer.WriteLine($"kpipack: {Label(finding)}{finding}");
        if (list.Count > Shown) writer.WriteLine($"kpipack: and {list.Count - Shown} more{(hint is null ? "" : $" ({hint})")}");
    }

    private static string Label(Finding finding) => finding.Severity == Severity.Warning ? "warning: " : "";
}
