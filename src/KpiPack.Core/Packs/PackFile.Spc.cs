using KpiPack.Core.Input;
using KpiPack.Core.Model;
using KpiPack.Core.Spc;

namespace KpiPack.Core.Packs;

/// <summary>The pack file's "spc" settings: the method's numbers, the reading of the rules, screening, baselines and each indicator's rebases.</summary>
public static partial class PackFile
{
    private static SpcSettings SpcSettingsFrom(SpcJson? json, SettingPositions at)
    {
        var defaults = SpcSettings.Default;
        if (json is null) return defaults;
        var settings = new SpcSettings
        {
            MaxPoints = json.MaxPoints ?? defaults.MaxPoints,
            MinPoints = json.MinPoints ?? defaults.MinPoints,
            ShiftRun = json.ShiftRun ?? defaults.ShiftRun,
            TrendRun = json.TrendRun ?? defaults.TrendRun,
            Rules = json.Rules is { } rules ? SpcRuleSets.Parse(rules) : defaults.Rules,
            ScreenMovingRanges = json.ScreenMovingRanges ?? defaults.ScreenMovingRanges,
            BaselinePoints = json.BaselinePoints,
        };
        if (settings.MinPoints < 3 || settings.MaxPoints < settings.MinPoints || settings.MaxPoints > 120)
            throw new InputException(at.At(), $"spc: minPoints must be at least 3 and maxPoints from minPoints to 120 (they are {settings.MinPoints} and {settings.MaxPoints})");
        if (settings.ShiftRun < 2 || settings.TrendRun < 2)
            throw new InputException(at.At(), "spc: shiftRun and trendRun must be at least 2");
        CheckBaselinePoints(settings.BaselinePoints, settings, at.At("baselinePoints"), "spc");

        var indicators = new Dictionary<string, IndicatorSpc>(StringComparer.Ordinal);
        var entries = json.Indicators ?? [];
        for (var i = 0; i < entries.Count; i++)
        {
            var entryAt = at.In($"indicators[{i}]");
            var entry = entries[i] ?? throw new InputException(at.At($"indicators[{i}]"), "spc: indicators has an empty entry (null): give each as { \"ref\": ..., \"rebase\": [...] }");
            if (string.IsNullOrWhiteSpace(entry.Ref)) throw new InputException(at.At($"indicators[{i}]"), $"spc: indicator {i + 1} has no ref");
            var reference = entry.Ref.Trim();
            if (!indicators.TryAdd(reference, IndicatorFrom(entry, reference, settings, entryAt)))
                throw new InputException(at.At($"indicators[{i}]"), $"spc: indicator {reference} is given twice: keep one entry for it");
        }
        return settings with { Indicators = indicators };
    }

    private static IndicatorSpc IndicatorFrom(SpcIndicatorJson json, string reference, SpcSettings settings, SettingPositions at)
    {
        var rebases = new List<SpcRebase>();
        var entries = json.Rebase ?? [];
        for (var i = 0; i < entries.Count; i++)
        {
            var rebaseAt = at.At($"rebase[{i}]");
            var rebase = entries[i] ?? throw new InputException(rebaseAt, $"spc: {reference}'s rebase has an empty entry (null): give each as {{ \"month\": \"2021-04\", \"reason\": \"...\" }}");
            var month = MonthOf(rebase.Month, $"spc: {reference}'s rebase {i + 1}", rebaseAt);
            // MDC: limits are recalculated for a reason (a change to the service or to how it is counted), never by themselves.
            if (string.IsNullOrWhiteSpace(rebase.Reason))
                throw new InputException(rebaseAt, $"spc: {reference}'s rebase at {month.Label} gives no reason: say what changed then (it is printed on the chart)");
            if (rebases.Any(r => r.Month == month))
                throw new InputException(rebaseAt, $"spc: {reference} is rebased at {month.Label} twice: keep one");
            rebases.Add(new SpcRebase(month, rebase.Reason.Trim()));
        }

        MonthSpan? span = null;
        if (json.BaselineFrom is not null || json.BaselineTo is not null)
        {
            if (json.BaselineFrom is null || json.BaselineTo is null)
                throw new InputException(at.At(json.BaselineFrom is null ? "baselineTo" : "baselineFrom"), $"spc: {reference} needs both baselineFrom and baselineTo, the first and last months of its baseline");
            var from = MonthOf(json.BaselineFrom, $"spc: {reference}'s baselineFrom", at.At("baselineFrom"));
            var to = MonthOf(json.BaselineTo, $"spc: {reference}'s baselineTo", at.At("baselineTo"));
            if (to < from) throw new InputException(at.At("baselineTo"), $"spc: {reference}'s baseline ends ({to.Label}) before it begins ({from.Label})");
            if (json.BaselinePoints is not null)
                throw new InputException(at.At("baselinePoints"), $"spc: {reference} gives a baseline both as months and as baselinePoints: keep one");
            span = new MonthSpan(from, to);
        }
        CheckBaselinePoints(json.BaselinePoints, settings, at.At("baselinePoints"), $"spc: {reference}'s");
        return new IndicatorSpc { Rebases = rebases.OrderBy(r => r.Month).ToList(), BaselinePoints = json.BaselinePoints, BaselineMonths = span };
    }

    /// <summary>A baseline of fewer figures than the limits need would leave the chart without limits for good.</summary>
    private static void CheckBaselinePoints(int? points, SpcSettings settings, InputLocation at, string owner)
    {
        if (points is { } n && n < settings.MinPoints)
            throw new InputException(at, $"{owner} baselinePoints ({n}) must be at least minPoints ({settings.MinPoints}): the limits need that many figures");
    }

    private static Month MonthOf(string? text, string what, InputLocation at) =>
        Month.TryParse(text, out var month) ? month
            : throw new InputException(at, $"{what} must be a month such as \"2021-04\", not '{text}'");

    private sealed record SpcJson
    {
        public int? MaxPoints { get; init; }
        public int? MinPoints { get; init; }
        public int? ShiftRun { get; init; }
        public int? TrendRun { get; init; }
        public string? Rules { get; init; }
        public bool? ScreenMovingRanges { get; init; }
        public int? BaselinePoints { get; init; }
        public List<SpcIndicatorJson?>? Indicators { get; init; }
    }

    private sealed record SpcIndicatorJson
    {
        public string? Ref { get; init; }
        public List<RebaseJson?>? Rebase { get; init; }
        public int? BaselinePoints { get; init; }
        public string? BaselineFrom { get; init; }
        public string? BaselineTo { get; init; }
    }

    private sealed record RebaseJson
    {
        public string? Month { get; init; }
        public string? Reason { get; init; }
    }
}
