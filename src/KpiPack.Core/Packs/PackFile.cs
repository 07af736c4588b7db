using System.Text.Json;
using System.Text.Json.Serialization;
using KpiPack.Core.Input;
using KpiPack.Core.Spc;

namespace KpiPack.Core.Packs;

/// <summary>
/// Reads kpipack.json: JSON with comments and trailing commas allowed, unknown settings refused, every problem named at
/// its line and column (<see cref="PackFileChecker"/>).
/// </summary>
public static partial class PackFile
{

    public static bool ExistsIn(string folder) => File.Exists(Path.Combine(folder, Pack.FileName));

    public static Pack Load(string folder)
    {
        var path = Path.Combine(folder, Pack.FileName);
        var shown = DisplayPath.Of(path);
        if (!File.Exists(path))
            throw new InputException(new InputLocation(shown), "no pack file here: run 'kpipack init' to make one, or give --catalogue and --workbook");
        // Read as the catalogue and workbook are: an ordinary file, and a small one (a pipe or /dev/zero is refused).
        var bytes = WithoutByteOrderMark(InputFile.ReadAll(path, InputLimits.PackFileBytes));
        var positions = PackFileChecker.Check(bytes, shown);
        PackJson json;
        try
        {
            json = JsonSerializer.Deserialize(bytes, PackJsonContext.Default.PackJson)
                ?? throw new InputException(new InputLocation(shown), "the pack file is null: write its settings between { and }");
        }
        catch (JsonException e)
        {
            // The checker has refused every slip it knows; what remains is said without the serializer's .NET names.
            var line = e.LineNumber is { } at ? (int)at + 1 : (int?)null;
            throw new InputException(new InputLocation(shown, Line: line), "not a valid pack file: check this setting against the README");
        }
        return FromJson(json, Path.GetFullPath(folder), path, positions);
    }

    private static byte[] WithoutByteOrderMark(byte[] bytes) =>
        bytes.AsSpan().StartsWith("\uFEFF"u8) ? bytes[3..] : bytes;

    private static Pack FromJson(PackJson json, string folder, string path, SettingPositions at)
    {
        // Each setting's kind and range (months from 2 to 24, pageSize A4 or A3) the checker has seen to; what is left
        // here is what depends on more than one setting, or on what a text says.
        var defaults = new Pack { Folder = folder };
        if (json.Output is { } output && (!output.Contains("{month}") && !output.Contains("{label}") || !output.EndsWith(".pdf", StringComparison.OrdinalIgnoreCase)))
            throw new InputException(at.At("output"), $"output '{output}' must end in .pdf and contain {{month}} or {{label}}, so months do not overwrite each other");
        if (json.Output is { } named && named.IndexOfAny(Path.GetInvalidPathChars()) >= 0)
            throw new InputException(at.At("output"), "output has a character no file name can hold (a control character): retype it");
        foreach (var (setting, file) in new[] { ("catalogue", json.Catalogue), ("workbook", json.Workbook) })
            if (file is not null && FileNames.FirstControlCharacter(file) is { } c)
                throw new InputException(at.At(setting), $"{setting} has a control character (U+{(int)c:X4}) that no file name should hold: retype it");
        if (json.Appendices?.Contains(null) == true)
            throw new InputException(at.At($"appendices[{json.Appendices.IndexOf(null)}]"), "appendices has an empty entry (null): give each appendix as { ... }");
        var appendices = (json.Appendices ?? [new AppendixJson()]).Select((a, i) => Appendix(a!, at.In($"appendices[{i}]"))).ToList();
        if (appendices.Count == 0) throw new InputException(at.At("appendices"), "appendices is empty: a pack builds at least one appendix");
        var duplicate = appendices.GroupBy(a => a.Number).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
            throw new InputException(at.At($"appendices[{appendices.FindLastIndex(a => a.Number == duplicate.Key)}]"), $"appendix {duplicate.Key} is defined twice");
        if (appendices.Count > 1 && json.Output is { } single && !single.Contains("{appendix}"))
            throw new InputException(at.At("output"), $"output '{single}' must contain {{appendix}}: the pack builds {appendices.Count} appendices");

        return defaults with
        {
            File = path,
            Service = json.Service ?? defaults.Service,
            Author = json.Author ?? defaults.Author,
            Language = json.Language is { } language ? LanguageTag(language, at) : defaults.Language,
            Catalogue = json.Catalogue ?? defaults.Catalogue,
            Workbook = json.Workbook ?? defaults.Workbook,
            Months = json.Months ?? defaults.Months,
            PageSize = json.PageSize is { } size ? Enum.Parse<PageSize>(size) : defaults.PageSize,
            Commentary = json.Commentary is { } placement ? Enum.Parse<CommentaryPlacement>(placement, ignoreCase: true) : defaults.Commentary,
            TargetYears = json.TargetYears ?? defaults.TargetYears,
            AgendaItem = string.IsNullOrWhiteSpace(json.AgendaItem) ? null : json.AgendaItem,
            LeftEmpty = new[] { ("author", json.Author), ("agendaItem", json.AgendaItem) }
                .Where(s => s.Item2 is not null && string.IsNullOrWhiteSpace(s.Item2)).Select(s => s.Item1).ToHashSet(),
            BenchmarkCaption = json.BenchmarkCaption ?? defaults.BenchmarkCaption,
            Output = json.Output ?? defaults.Output,
            Appendices = appendices,
            Spc = SpcSettingsFrom(json.Spc, at.In("spc")),
            Benchmarks = json.Benchmarks is { } benchmarks ? BenchmarksFrom(benchmarks, "benchmarks", at.In("benchmarks")) : defaults.Benchmarks,
            ExceptionCharts = json.ExceptionCharts ?? defaults.ExceptionCharts,
        };
    }

    /// <summary>
    /// A language tag as BCP 47 writes one ("en-GB", "cy", "pa-Guru-IN"): a language of two or three letters, then parts
    /// of letters and digits. Only its form is checked: the PDF declares it and a screen reader picks its voice by it.
    /// </summary>
    private static string LanguageTag(string language, SettingPositions at) =>
        LanguageTagForm().IsMatch(language)
            ? language
            : throw new InputException(at.At("language"), $"language '{language}' must be a language tag such as en-GB or cy-GB");

    [System.Text.RegularExpressions.GeneratedRegex("^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$")]
    private static partial System.Text.RegularExpressions.Regex LanguageTagForm();

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
        };
        if (settings.MinPoints < 3 || settings.MaxPoints < settings.MinPoints || settings.MaxPoints > 120)
            throw new InputException(at.At(), $"spc: minPoints must be at least 3 and maxPoints from minPoints to 120 (they are {settings.MinPoints} and {settings.MaxPoints})");
        if (settings.ShiftRun < 2 || settings.TrendRun < 2)
            throw new InputException(at.At(), "spc: shiftRun and trendRun must be at least 2");
        return settings;
    }

    private static AppendixDefinition Appendix(AppendixJson json, SettingPositions at)
    {
        var number = json.Appendix ?? "1";
        return new AppendixDefinition
        {
            Number = number,
            Title = json.Title,
            Sections = json.Sections ?? [],
            Parts = json.Columns is { } columns ? PartsFrom(columns, at.At("columns")) : AppendixParts.Default,
            Tables = TablesFrom(json, number, at),
            Benchmarks = json.Benchmarks is { } benchmarks ? BenchmarksFrom(benchmarks, $"appendix {number}: benchmarks", at.In("benchmarks")) : null,
            Headings = HeadingsFrom(json.Headings, $"appendix {number}", at.At("headings")),
            JudgeAtLatestValue = json.JudgeAtLatestValue ?? false,
        };
    }

    private static HashSet<AppendixPart> PartsFrom(IEnumerable<string> columns, InputLocation at)
    {
        var parts = new HashSet<AppendixPart>();
        foreach (var name in columns.Where(c => c is not ("ref" or "indicator")))
            parts.Add(AppendixParts.Parse(name) ?? throw new InputException(at, $"column '{name}' is not one of: ref, indicator, " +
                string.Join(", ", Enum.GetValues<AppendixPart>().Select(AppendixParts.KeyOf))));
        return parts;
    }

    // Generated at build time: reflection-based reading cost a cold `kpipack build` about 50 ms.
    [JsonSourceGenerationOptions(
        PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow)]
    [JsonSerializable(typeof(PackJson))]
    [JsonSerializable(typeof(SpcJson))]
    private sealed partial class PackJsonContext : JsonSerializerContext;

    private sealed record PackJson
    {
        [JsonPropertyName("$schema")] public string? Schema { get; init; }
        public string? Service { get; init; }
        public string? Author { get; init; }
        public string? Language { get; init; }
        public string? Catalogue { get; init; }
        public string? Workbook { get; init; }
        public int? Months { get; init; }
        public string? PageSize { get; init; }
        public string? Commentary { get; init; }
        public int? TargetYears { get; init; }
        public string? AgendaItem { get; init; }
        public string? BenchmarkCaption { get; init; }
        public string? Output { get; init; }
        public List<AppendixJson?>? Appendices { get; init; }
        public SpcJson? Spc { get; init; }
        public List<BenchmarkJson?>? Benchmarks { get; init; }
        public bool? ExceptionCharts { get; init; }
    }

    private sealed record SpcJson
    {
        public int? MaxPoints { get; init; }
        public int? MinPoints { get; init; }
        public int? ShiftRun { get; init; }
        public int? TrendRun { get; init; }
    }

    private sealed record AppendixJson
    {
        public string? Appendix { get; init; }
        public string? Title { get; init; }
        public List<string>? Sections { get; init; }
        public List<string>? Columns { get; init; }
        public List<TableJson?>? Tables { get; init; }
        public List<BenchmarkJson?>? Benchmarks { get; init; }
        public Dictionary<string, string>? Headings { get; init; }
        public bool? JudgeAtLatestValue { get; init; }
    }
}
