namespace KpiPack.Core.Packs;

/// <summary>
/// What each setting of kpipack.json must be, level by level, so that a slip is named in the project's words with its
/// line and column before the serializer sees the file. The records that the file is read into
/// (<see cref="PackFile"/>) must list the same settings; PackFileShapeTests holds the two together.
/// </summary>
internal abstract record SettingShape
{
    /// <summary>What a value must be, completing "months must be ...".</summary>
    public abstract string Must { get; }
}

internal sealed record TextShape : SettingShape
{
    public override string Must => "text in double quotes (\"...\")";
}

internal sealed record FlagShape : SettingShape
{
    public override string Must => "true or false (without quotes)";
}

/// <summary>A whole number, from <paramref name="Least"/> to <paramref name="Most"/> where they are given.</summary>
internal sealed record WholeNumberShape(int? Least = null, int? Most = null) : SettingShape
{
    public override string Must => (Least, Most) switch
    {
        ({ } least, { } most) => $"a whole number from {least} to {most}",
        ({ } least, null) => $"a whole number, at least {least}",
        _ => "a whole number",
    };

    public bool Allows(int value) => value >= (Least ?? int.MinValue) && value <= (Most ?? int.MaxValue);
}

/// <summary>One of a few words, in double quotes.</summary>
internal sealed record ChoiceShape(IReadOnlyList<string> Choices, bool IgnoreCase = false) : SettingShape
{
    public override string Must => $"one of {string.Join(", ", Choices)} (in double quotes)";

    public bool Allows(string value) =>
        Choices.Contains(value, IgnoreCase ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal);
}

/// <summary>A list of entries of one shape; <paramref name="Entry"/> names one in messages ("column 'trned' ...").</summary>
internal sealed record ListShape(SettingShape Item, string Entry) : SettingShape
{
    public override string Must => Item is SettingsShape ? "a list [ { ... }, { ... } ]" : "a list [ ..., ... ]";
}

/// <summary>
/// A group of named settings in braces. <paramref name="Noun"/> is what a name is ("setting", or "column" for the
/// headings, whose names are columns); <paramref name="IgnoreCase"/> when names are matched regardless of case.
/// </summary>
internal sealed record SettingsShape(IReadOnlyDictionary<string, SettingShape> Settings, string Noun = "setting", bool IgnoreCase = false) : SettingShape
{
    public override string Must => "a group of settings in braces { ... }";

    /// <summary>The setting <paramref name="name"/> is, as the file must spell it, or null when it is none.</summary>
    public string? Known(string name) =>
        Settings.Keys.FirstOrDefault(k => string.Equals(k, name, IgnoreCase ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal));
}

/// <summary>The settings kpipack.json may hold.</summary>
internal static class PackFileShape
{
    private static readonly TextShape Text = new();
    private static readonly FlagShape Flag = new();
    private static readonly ListShape Texts = new(Text, "entry");

    private static IReadOnlyList<string> ColumnKeys => Enum.GetValues<AppendixPart>().Select(AppendixParts.KeyOf).ToList();

    private static readonly ListShape Columns = new(new ChoiceShape(["ref", "indicator", .. ColumnKeys], IgnoreCase: true), "column");

    // Headings are keyed by column, in any case (AppendixParts.Parse), each a heading's text.
    private static readonly SettingsShape Headings = new(ColumnKeys.ToDictionary(k => k, _ => (SettingShape)Text), Noun: "column", IgnoreCase: true);

    private static readonly ListShape Benchmarks = new(new SettingsShape(new Dictionary<string, SettingShape>
    {
        ["column"] = Text, ["label"] = Text, ["group"] = Text,
    }), "benchmark");

    private static readonly SettingsShape Table = new(new Dictionary<string, SettingShape>
    {
        ["title"] = Text, ["refs"] = Texts, ["columns"] = Columns, ["headings"] = Headings, ["judgeAtLatestValue"] = Flag,
    });

    private static readonly SettingsShape Appendix = new(new Dictionary<string, SettingShape>
    {
        ["appendix"] = Text, ["title"] = Text, ["sections"] = Texts, ["columns"] = Columns,
        ["tables"] = new ListShape(Table, "table"), ["benchmarks"] = Benchmarks, ["headings"] = Headings, ["judgeAtLatestValue"] = Flag,
    });

    // The SPC settings depend on each other (maxPoints at least minPoints), which PackFile checks once all are read.
    private static readonly SettingsShape Spc = new(new Dictionary<string, SettingShape>
    {
        ["maxPoints"] = new WholeNumberShape(), ["minPoints"] = new WholeNumberShape(), ["shiftRun"] = new WholeNumberShape(), ["trendRun"] = new WholeNumberShape(),
    });

    public static SettingsShape Top { get; } = new(new Dictionary<string, SettingShape>
    {
        ["$schema"] = Text,
        ["service"] = Text,
        ["author"] = Text,
        ["language"] = Text,
        ["catalogue"] = Text,
        ["workbook"] = Text,
        ["months"] = new WholeNumberShape(Pack.FewestMonths, Pack.MostMonths),
        ["pageSize"] = new ChoiceShape([nameof(PageSize.A4), nameof(PageSize.A3)]),
        ["commentary"] = new ChoiceShape(["row", "column"]),
        ["targetYears"] = new WholeNumberShape(1, 10),
        ["agendaItem"] = Text,
        ["benchmarkCaption"] = Text,
        ["output"] = Text,
        ["appendices"] = new ListShape(Appendix, "appendix"),
        ["spc"] = Spc,
        ["benchmarks"] = Benchmarks,
        ["exceptionCharts"] = Flag,
    });
}
