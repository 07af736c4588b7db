using KpiPack.Core.Model;
using KpiPack.Core.Spc;

namespace KpiPack.Core.Packs;

/// <summary>The sheet the appendix is printed on, landscape. A3 is the A4 layout printed √2 larger.</summary>
public enum PageSize { A4, A3 }

/// <summary>
/// Where the printed appendix puts each indicator's commentary: on a full-width line under its row, or in a last
/// column as the council prints it.
/// </summary>
public enum CommentaryPlacement { Row, Column }

/// <summary>One appendix a pack builds: its number for the clerk's stamp, its title, and what it shows.</summary>
public sealed record AppendixDefinition
{
    public string Number { get; init; } = "1";

    /// <summary>The heading on every page; the pack's service when not given.</summary>
    public string? Title { get; init; }

    /// <summary>The catalogue sections shown, in catalogue order; all of them when empty.</summary>
    public IReadOnlyList<string> Sections { get; init; } = [];

    public IReadOnlySet<AppendixPart> Parts { get; init; } = AppendixParts.Default;

    /// <summary>The board layout: titled tables of listed refs in place of sections; empty for the sections layout.</summary>
    public IReadOnlyList<TableDefinition> Tables { get; init; } = [];

    /// <summary>The appendix's own benchmark columns; the pack's when null.</summary>
    public IReadOnlyList<Benchmark>? Benchmarks { get; init; }

    /// <summary>Headings that replace a column's own ("difference": "Trend"), by part.</summary>
    public IReadOnlyDictionary<AppendixPart, string> Headings { get; init; } = new Dictionary<AppendixPart, string>();

    /// <summary>Judge an indicator with no value in the report month at its latest month with one (<see cref="TableDefinition.JudgeAtLatestValue"/>).</summary>
    public bool JudgeAtLatestValue { get; init; }
}

/// <summary>
/// A pack folder: the files a data team keeps for one monthly dataset and how its appendices look.
/// Paths are relative to the folder.
/// </summary>
public sealed record Pack
{
    public const string FileName = "kpipack.json";
    public const string DefaultOutput = "appendix-{appendix}-{month}.pdf";

    public required string Folder { get; init; }

    /// <summary>The pack file, or null for a pack given entirely by command-line options.</summary>
    public string? File { get; init; }

    public string Service { get; init; } = "Children's services";
    public string Author { get; init; } = "";

    /// <summary>The language the appendix is written in, as a BCP 47 tag: what a screen reader reads the PDF in.</summary>
    public string Language { get; init; } = "en-GB";
    public string Catalogue { get; init; } = "catalogue.csv";
    public string Workbook { get; init; } = "workbook.xlsx";
    public const int FewestMonths = 2;
    public const int MostMonths = 24;

    /// <summary>How many months of values are shown: 13 puts the same month last year beside this one.</summary>
    public int Months { get; init; } = 13;

    public PageSize PageSize { get; init; } = PageSize.A4;

    /// <summary>
    /// Why a line under the row: commentary runs to a paragraph, and a last column narrow enough to leave room for the
    /// figures wraps it to many lines; the row gives it the page's width (fewer pages on the sample, see the README).
    /// </summary>
    public CommentaryPlacement Commentary { get; init; } = CommentaryPlacement.Row;

    /// <summary>How many financial years of targets are shown, ending at the report month's: 2 is this year and last.</summary>
    public int TargetYears { get; init; } = 2;
    public string? AgendaItem { get; init; }

    /// <summary>
    /// The settings the pack file gives as empty text ("author", "agendaItem"): left for the data team to fill, as a
    /// template leaves them, where a setting left out is one the pack does without.
    /// </summary>
    public IReadOnlySet<string> LeftEmpty { get; init; } = new HashSet<string>();
    public string BenchmarkCaption { get; init; } = "";

    /// <summary>The PDF's file name: {appendix}, {month} (2020-06) and {label} (Jun-20) are filled in.</summary>
    public string Output { get; init; } = DefaultOutput;

    public IReadOnlyList<AppendixDefinition> Appendices { get; init; } = [new AppendixDefinition()];

    /// <summary>The benchmark columns of every appendix that does not name its own: the catalogue column and its heading.</summary>
    public IReadOnlyList<Benchmark> Benchmarks { get; init; } = Benchmark.Defaults;

    /// <summary>
    /// Whether an appendix that shows the exceptions follows them with a full SPC chart of each ("exceptionCharts").
    /// </summary>
    public bool ExceptionCharts { get; init; } = true;

    /// <summary>The statistical process control settings ("spc" in the pack file).</summary>
    public SpcSettings Spc { get; init; } = SpcSettings.Default;

    public string PathOf(string relative) => Path.GetFullPath(Path.Combine(Folder, relative));

    public string OutputFor(AppendixDefinition appendix, Month month) => PathOf(Output
        .Replace("{appendix}", appendix.Number)
        .Replace("{month}", month.ToString())
        .Replace("{label}", month.Label));

    public string TitleOf(AppendixDefinition appendix) => appendix.Title ?? Service;

    /// <summary>What is wrong with showing this many months ("must be from 2 to 24"), or null: one rule for the pack file and the command line.</summary>
    public static string? MonthsProblem(int months) =>
        months is < FewestMonths or > MostMonths ? $"must be from {FewestMonths} to {MostMonths}" : null;
}
