using KpiPack.Core.Input;
using KpiPack.Core.Validation;

namespace KpiPack.Cli;

/// <summary>Prints findings one per line, the first few in full and a count of the rest.</summary>
internal static class FindingReport
{
    public const int Shown = 20;

    public static void Write(TextWriter writer, IEnumerable<Finding> findings, string? hint = null) =>
        Write(writer, findings.Select(f => (f.Severity, f.ToString())).ToList(), hint);

    /// <summary>Findings of many months, each shared finding once with the months it is found in.</summary>
    public static void Write(TextWriter writer, IEnumerable<GroupedFinding> findings, string? hint = null) =>
        Write(writer, findings.Select(f => (f.Severity, f.ToString())).ToList(), hint);

    private static void Write(TextWriter writer, IReadOnlyList<(Severity Severity, string Text)> list, string? hint)
    {
        foreach (var (severity, text) in list.Take(Shown))
            writer.WriteLine($"kpipack: {(severity == Severity.Warning ? "warning: " : "")}{MessageText.Escaped(text)}");
        if (list.Count > Shown) writer.WriteLine($"kpipack: and {list.Count - Shown} more{(hint is null ? "" : $" ({hint})")}");
    }
}
