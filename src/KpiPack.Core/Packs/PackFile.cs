using System.Text.Json;
using System.Text.Json.Serialization;
using KpiPack.Core.Input;
using KpiPack.Core.Spc;

namespace KpiPack.Core.Packs;

/// <summary>Reads kpipack.json: JSON with comments and trailing commas allowed, unknown settings refused.</summary>
public static partial class PackFile
{

    public static bool ExistsIn(string folder) => File.Exists(Path.Combine(folder, Pack.FileName));

    public static Pack Load(string folder)
    {
        var path = Path.Combine(folder, Pack.FileName);
        if (!File.Exists(path))
            throw new InputException(new InputLocation(path), "no pack file here: run 'kpipack init' to make one, or give --catalogue and --workbook");
        PackJson json;
        try
        {
            json = JsonSerializer.Deserialize(File.ReadAllText(path), PackJsonContext.Default.PackJson)
                ?? throw new InputException(new InputLocation(path), "the pack file is empty");
        }
        catch (JsonException e)
        {
            var row = e.LineNumber is { } line ? (int)line + 1 : (int?)null;
            throw new InputException(new InputLocation(path, Row: row), $"not a valid pack file: {Plain(e.Message)}");
        }
        return FromJson(json, Path.GetFullPath(folder), path);
    }

    private static Pack FromJson(PackJson json, string folder, string path)
    {
        var at = new InputLocation(path);
        var defaults = new Pack { Folder = folder };
        if (json.Months is { } months && Pack.MonthsProblem(months) is { } problem) throw new InputException(at, $"months is {months}: it {problem}");
        if (json.PageSize is not (null or nameof(PageSize.A4) or nameof(PageSize.A3))) throw new InputException(at, $"pageSize '{json.PageSize}' is not A4 or A3");
        if (json.Commentary is not (null or "row" or "column")) throw new InputException(at, $"commentary '{json.Commentary}' is not row or column");
        if (json.TargetYears is < 1 or > 10) throw new InputException(at, $"targetYears is {json.TargetYears}: show from 1 to 10 financial years of targets");
        if (json.Output is { } output && (!output.Contains("{month}") && !output.Contains("{label}") || !output.EndsWith(".pdf", StringComparison.OrdinalIgnoreCase)))
            throw new InputException(at, $"output '{output}' must end in .pdf and contain {{month}} or {{label}}, so months do not overwrite each other");
        if (json.Output is { } named && named.IndexOfAny(Path.GetInvalidPathChars()) >= 0)
            throw new InputException(at, "output has a character no file name can hold (a control character): retype it");
        if (json.Appendices?.Contains(null) == true) throw new InputException(at, "appendices has an empty entry (null): give each appendix as { ... }");
        var appendices = (json.Appendices ?? [new AppendixJson()]).Select(a => Appendix(a!, at)).ToList();
        if (appendices.Count == 0) throw new InputException(at, "appendices is empty: a pack builds at least one appendix");
        var duplicate = appendices.GroupBy(a => a.Number).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null) throw new InputException(at, $"appendix {duplicate.Key} is defined twice");
        if (appendices.Count > 1 && json.Output is { } single && !single.Contains("{appendix}"))
            throw new InputException(at, $"output '{single}' must contain {{appendix}}: the pack builds {appendices.Count} appendices");

        return defaults with
        {
            File = path,
            Service = json.Service ?? defaults.Service,
            Author = json.Author ?? defaults.Author,
            Catalogue = json.Catalogue ?? defaults.Catalogue,
            Workbook = json.Workbook ?? defaults.Workbook,
            Months = json.Months ?? defaults.Months,
            PageSize = json.PageSize is { } size ? Enum.Parse<PageSize>(size) : defaults.PageSize,
            Commentary = json.Commentary is { } placement ? Enum.Parse<CommentaryPlacement>(placement, ignoreCase: true) : defaults.Commentary,
            TargetYears = json.TargetYears ?? defaults.TargetYears,
            AgendaItem = string.IsNullOrWhiteSpace(json.AgendaItem) ? null : json.AgendaItem,
            BenchmarkCaption = json.BenchmarkCaption ?? defaults.BenchmarkCaption,
            Output = json.Output ?? defaults.Output,
            Appendices = appendices,
            Spc = SpcSettingsFrom(json.Spc, at),
            Benchmarks = json.Benchmarks is { } benchmarks ? BenchmarksFrom(benchmarks, "benchmarks", at) : defaults.Benchmarks,
            ExceptionCharts = json.ExceptionCharts ?? defaults.ExceptionCharts,
        };
    }

    private static SpcSettings SpcSettingsFrom(SpcJson? json, InputLocation at)
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
            throw new InputException(at, $"spc: minPoints must be at least 3 and maxPoints from minPoints to 120 (they are {settings.MinPoints} and {settings.MaxPoints})");
        if (settings.ShiftRun < 2 || settings.TrendRun < 2)
            throw new InputException(at, "spc: shiftRun and trendRun must be at least 2");
        return settings;
    }

    private static AppendixDefinition Appendix(AppendixJson json, InputLocation at)
    {
        var number = json.Appendix ?? "1";
        return new AppendixDefinition
        {
            Number = number,
            Title = json.Title,
            Sections = json.Sections ?? [],
            Parts = json.Columns is { } columns ? PartsFrom(columns, at) : AppendixParts.Default,
            Tables = TablesFrom(json, number, at),
            Benchmarks = json.Benchmarks is { } benchmarks ? BenchmarksFrom(benchmarks, $"appendix {number}: benchmarks", at) : null,
            Headings = HeadingsFrom(json.Headings, $"appendix {number}", at),
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

    // System.Text.Json appends the path and position, which the location already gives.
    private static string Plain(string message)
    {
        var cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        return (cut > 0 ? message[..cut] : message).TrimEnd('.');
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
