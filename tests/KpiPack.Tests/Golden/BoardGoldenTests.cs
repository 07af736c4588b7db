using System.Globalization;
using KpiPack.Core.Appendix;
using KpiPack.Core.Deriving;
using KpiPack.Core.Input;
using KpiPack.Core.Model;
using KpiPack.Core.Packs;
using KpiPack.Tests.Support;

namespace KpiPack.Tests.Golden;

/// <summary>
/// The board sample (samples/board-2023) against every Trend, RAG and Direction of travel the council printed for Jul-23
/// in seed 004's board data tables (samples/SampleBuilder/data/board-2023-07.csv): each table's rows, in order, as the
/// appendix model holds them (the Corporate parenting table judged at May-23). Where the printed figure is not ours,
/// Golden/board-2023-07-disagreements.csv says why; every disagreement is listed there and every listed one is real.
/// </summary>
public class BoardGoldenTests
{
    private static readonly Month July23 = new(2023, 7);

    private static readonly Lazy<AppendixModel> Board = new(() =>
    {
        var folder = Path.Combine(RepoPaths.Root, "samples", "board-2023");
        var findings = new Findings();
        var loaded = LoadedPack.Load(PackFile.Load(folder), findings) ?? throw new InvalidOperationException(string.Join("\n", findings));
        var definition = loaded.Pack.Appendices.Single();
        var table = loaded.Derive(July23).OnlyRefs(definition.Tables.SelectMany(t => t.Refs));
        return AppendixModel.Of(loaded.Pack, definition, table, loaded.Catalogue, loaded.Values);
    });

    private static IReadOnlyList<IReadOnlyDictionary<string, string>> Printed { get; } =
        CsvRows.Read(Path.Combine(RepoPaths.Root, "samples", "SampleBuilder", "data", "board-2023-07.csv"));

    /// <summary>The tables that print a RAG and a direction of travel: all but the Demand table, which prints a Trend.</summary>
    private static IReadOnlySet<string> Judging { get; } =
        CsvRows.Read(Path.Combine(RepoPaths.Root, "samples", "SampleBuilder", "data", "board-2023-07-tables.csv"))
            .Where(t => t["columns"] != "trend").Select(t => t["table"]).ToHashSet();

    private static DerivedRow RowOf(IReadOnlyDictionary<string, string> printed) =>
        Board.Value.Tables[int.Parse(printed["table"], CultureInfo.InvariantCulture) - 1].Rows[int.Parse(printed["row"], CultureInfo.InvariantCulture) - 1];

    /// <summary>
    /// The printed -1 / 0 / 1 as a word; "" for the seed's "-" or a blank. Some Direction of travel cells came out of the
    /// spreadsheet as dates: Dec-69, Jan-00 and Dec-99 are -1, 1 and 0 under a date format (read so, 17 of the 19
    /// agree with the printed figures either side; the other two are in the list, each a month behind).
    /// </summary>
    private static string Judged(string printed, string worse, string same, string better) => printed switch
    {
        "-1" or "Dec-69" => worse,
        "0" or "Dec-99" => same,
        "1" or "Jan-00" => better,
        "" or "-" => "",
        var other => $"unreadable '{other}'",
    };

    private static string Ours(DerivedRow row, string column) => column switch
    {
        "trend" => row.ChangeFromPreviousMonth is { } change ? NumberText.Format(change, row.Indicator.Decimals) : "",
        "rag" => row.Rag == Rag.None ? "" : row.Rag.ToString().ToLowerInvariant(),
        "direction" => row.Travel == Travel.None ? "" : row.Travel.ToString().ToLowerInvariant(),
        _ => throw new ArgumentException(column),
    };

    private static string Theirs(IReadOnlyDictionary<string, string> printed, string column) => column switch
    {
        "trend" => printed["trend"],
        "rag" => Judged(printed["rag"], "red", "amber", "green"),
        "direction" => Judged(printed["direction"], "worsened", "same", "improved"),
        _ => throw new ArgumentException(column),
    };

    /// <summary>Each printed figure that is not ours, as "table.row ref column: printed X, ours Y".</summary>
    private static IEnumerable<string> Disagreements() =>
        from printed in Printed
        let row = RowOf(printed)
        from column in new[] { "trend", "rag", "direction" }
        where column == "trend" ? printed["trend"].Length > 0 : Judging.Contains(printed["table"])
        let theirs = Theirs(printed, column)
        let ours = Ours(row, column)
        where theirs != ours
        select $"{printed["table"]}.{printed["row"]} {printed["ref"]} {column}: printed {(theirs.Length == 0 ? "none" : theirs)}, ours {(ours.Length == 0 ? "none" : ours)}";

    [Test]
    public void Every_table_lists_the_seeds_rows_in_the_seeds_order()
    {
        foreach (var group in Printed.GroupBy(p => p["table"]))
            Assert.That(Board.Value.Tables[int.Parse(group.Key, CultureInfo.InvariantCulture) - 1].Rows.Select(r => r.Indicator.Ref),
                Is.EqualTo(group.Select(p => p["ref"])), $"table {group.Key}");
        Assert.That(Board.Value.Tables, Has.Count.EqualTo(13));
    }

    [Test]
    public void Every_trend_the_seed_prints_is_reproduced()
    {
        var trends = Printed.Where(p => p["trend"].Length > 0).ToList();
        Assert.That(trends, Has.Count.EqualTo(8), "the Demand table's eight");
        Assert.That(trends.Select(p => Ours(RowOf(p), "trend")), Is.EqualTo(trends.Select(p => p["trend"])));
    }

    [Test]
    public void Every_rag_and_direction_not_reproduced_is_explained()
    {
        var listed = CsvRows.Read(RepoPaths.Golden("board-2023-07-disagreements.csv"));
        Assert.That(listed.Select(d => d["why"]), Has.None.Empty, "each disagreement says why");
        Assert.That(Disagreements(), Is.EquivalentTo(listed.Select(d => d["disagreement"])));
    }

    [Test]
    public void Most_printed_judgements_are_reproduced()
    {
        // The count of printed RAGs and directions (a -1 / 0 / 1 or one of the dates) and how many we reproduce: a
        // regression in the rules shows here before it shows as a long disagreement list.
        var judged = Printed.SelectMany(p => new[] { ("rag", p), ("direction", p) }).Where(x => Theirs(x.p, x.Item1).Length > 0).ToList();
        var agreed = judged.Count(x => Theirs(x.p, x.Item1) == Ours(RowOf(x.p), x.Item1));
        TestContext.Out.WriteLine($"{agreed} of {judged.Count} printed RAGs and directions reproduced");
        Assert.That(agreed, Is.GreaterThanOrEqualTo(judged.Count - 12));
    }
}
