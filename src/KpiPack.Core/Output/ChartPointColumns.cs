using System.Globalization;
using KpiPack.Core.Deriving;
using KpiPack.Core.Model;
using KpiPack.Core.Spc;

namespace KpiPack.Core.Output;

/// <summary>
/// Each indicator's SPC chart as named text fields, one row per point, so an analyst can draw or check the chart
/// elsewhere (in NHSRplotthedots, say): its month and value, its period's mean and limits, its one signal and every
/// rule that flags it. Shared by <c>derive --points</c> (CSV) and <c>derive --format json</c>.
/// </summary>
public static class ChartPointColumns
{
    public static readonly IReadOnlyList<string> Names =
        ["ref", "month", "value", "period", "rebased_from", "rebase_reason", "mean", "lower", "upper", "signal", "direction", "rules"];

    /// <summary>Every point of every row's chart, the rows in the table's order.</summary>
    public static IEnumerable<IReadOnlyList<string?>> Rows(DerivedTable table) =>
        table.Rows.SelectMany(row => row.Spc.Points.Select(point => Fields(row, point)));

    public static IReadOnlyList<string?> Fields(DerivedRow row, SpcPoint point)
    {
        var period = row.Spc.Periods[point.Period];
        var limits = period.Limits;
        return
        [
            row.Indicator.Ref,
            point.Month.ToString(),
            NumberText.Format(point.Value),
            (point.Period + 1).ToString(CultureInfo.InvariantCulture),
            period.Rebase?.Month.ToString(),
            period.Rebase?.Reason,
            limits is null ? null : DerivedTableColumns.ChartFigure(limits.Mean),
            limits is null ? null : DerivedTableColumns.ChartFigure(limits.Lower),
            limits is null ? null : DerivedTableColumns.ChartFigure(limits.Upper),
            limits is null ? null : SignalName(point.Signal),
            point.Direction == SpcDirection.None ? null : Lower(point.Direction),
            point.Rules.Count == 0 ? null : string.Join(";", point.Rules.Select(RuleName)),
        ];
    }

    /// <summary>improvement, concern, unusual or none.</summary>
    public static string SignalName(PointSignal signal) => signal == PointSignal.Common ? "none" : Lower(signal);

    /// <summary>"trend_high", "outside_limits_low": the rule and the way it points.</summary>
    public static string RuleName(SpcRuleHit hit) => $"{DerivedTableColumns.Snake(hit.Rule)}_{Lower(hit.Direction)}";

    private static string Lower<T>(T value) where T : struct, Enum => value.ToString().ToLowerInvariant();
}
