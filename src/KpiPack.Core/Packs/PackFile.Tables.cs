using KpiPack.Core.Input;

namespace KpiPack.Core.Packs;

/// <summary>The board layout's settings in kpipack.json: tables, benchmarks and headings (issue 21).</summary>
public static partial class PackFile
{
    private static IReadOnlyList<TableDefinition> TablesFrom(AppendixJson json, string appendix, SettingPositions appendixAt)
    {
        if (json.Tables is not { } tables)
        {
            // Judging at the latest value is the board tables' (seed 004); the 2019 appendix judges every row at the month.
            if (json.JudgeAtLatestValue == true)
                throw new InputException(appendixAt.At("judgeAtLatestValue"), $"appendix {appendix}: judgeAtLatestValue applies to an appendix's tables, and it has none");
            return [];
        }
        var at = appendixAt.At("tables");
        if (json.Sections is { Count: > 0 })
            throw new InputException(at, $"appendix {appendix} has both sections and tables: an appendix shows one or the other");
        if (tables.Count == 0) throw new InputException(at, $"appendix {appendix}: tables is empty: list at least one, or leave tables out");
        var read = new List<TableDefinition>();
        for (var i = 0; i < tables.Count; i++)
        {
            var tableAt = appendixAt.At($"tables[{i}]");
            var table = tables[i] ?? throw new InputException(tableAt, $"appendix {appendix}: table {i + 1} is empty (null): give each table as {{ \"title\": ..., \"refs\": [...] }}");
            var name = string.IsNullOrWhiteSpace(table.Title) ? $"table {i + 1}" : $"table '{table.Title}'";
            if (string.IsNullOrWhiteSpace(table.Title)) throw new InputException(tableAt, $"appendix {appendix}: {name} has no title");
            if (table.Refs is not { Count: > 0 } refs) throw new InputException(tableAt, $"appendix {appendix}: {name} lists no refs");
            if (refs.Any(string.IsNullOrWhiteSpace)) throw new InputException(tableAt, $"appendix {appendix}: {name} has an empty ref");
            // A ref may be listed twice, even in one table: the council's Corporate parenting board table prints its
            // "same social worker for 6 months" row twice (seed 004).
            read.Add(new TableDefinition(table.Title.Trim(), refs)
            {
                Parts = table.Columns is { } columns ? PartsFrom(columns, appendixAt.At($"tables[{i}].columns")) : null,
                Headings = HeadingsFrom(table.Headings, $"appendix {appendix}, {name}", appendixAt.At($"tables[{i}].headings")),
                JudgeAtLatestValue = table.JudgeAtLatestValue,
            });
        }
        return read;
    }

    private static IReadOnlyList<Benchmark> BenchmarksFrom(List<BenchmarkJson?> benchmarks, string where, SettingPositions positions)
    {
        var read = new List<Benchmark>();
        foreach (var (benchmark, i) in benchmarks.Select((b, i) => (b, i)))
        {
            if (benchmark is not { Column: { } column } || string.IsNullOrWhiteSpace(column))
                throw new InputException(positions.At($"[{i}]"), $"{where}: each benchmark names its catalogue column: {{ \"column\": \"sn\", \"label\": \"Statistical Neighbours\" }}");
            read.Add(new Benchmark(column.Trim(), string.IsNullOrWhiteSpace(benchmark.Label) ? column.Trim() : benchmark.Label.Trim(), benchmark.Group?.Trim() ?? ""));
        }
        var twice = read.GroupBy(b => b.Column, StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1);
        if (twice is not null) throw new InputException(positions.At($"[{read.FindLastIndex(b => string.Equals(b.Column, twice.Key, StringComparison.OrdinalIgnoreCase))}]"), $"{where}: column '{twice.Key}' is named twice");
        return read;
    }

    private static IReadOnlyDictionary<AppendixPart, string> HeadingsFrom(Dictionary<string, string>? headings, string where, InputLocation at)
    {
        var read = new Dictionary<AppendixPart, string>();
        foreach (var (key, heading) in headings ?? [])
        {
            var part = AppendixParts.Parse(key) ?? throw new InputException(at, $"{where}: headings names '{key}', which is not a column: " +
                string.Join(", ", Enum.GetValues<AppendixPart>().Select(AppendixParts.KeyOf)));
            // An empty heading is allowed: a group heading left out ("months": "", as the board tables print their months).
            read[part] = heading?.Trim() ?? "";
        }
        return read;
    }

    private sealed record TableJson
    {
        public string? Title { get; init; }
        public List<string>? Refs { get; init; }
        public List<string>? Columns { get; init; }
        public Dictionary<string, string>? Headings { get; init; }
        public bool? JudgeAtLatestValue { get; init; }
    }

    private sealed record BenchmarkJson
    {
        public string? Column { get; init; }
        public string? Label { get; init; }
        public string? Group { get; init; }
    }
}
