using KpiPack.Tests.Support;

namespace KpiPack.Tests.Deriving;

/// <summary>One figure the council printed in a published appendix, and the anomaly note if the rules cannot reproduce it.</summary>
public sealed record PublishedFigure(string ReportMonth, string Ref, string Field, string Published, Anomaly? Anomaly)
{
    public static readonly string[] Months = ["2019-06", "2020-04", "2020-06"];

    public static readonly string[] Fields =
    [
        "pct_change_prev_month", "dot_arrow_prev_month", "pct_change_prev_year", "dot_arrow_prev_year", "avg_12m", "max_12m",
    ];

    private static readonly Lazy<IReadOnlyList<PublishedFigure>> Loaded = new(() => Load().ToList());

    public static IReadOnlyList<PublishedFigure> All() => Loaded.Value;

    private static IEnumerable<PublishedFigure> Load()
    {
        var anomalies = Anomaly.All();
        foreach (var month in Months)
            foreach (var row in CsvRows.Read(RepoPaths.Golden($"{month}-published.csv")))
                foreach (var field in Fields)
                    yield return new PublishedFigure(month, row["ref"], field, row[field],
                        anomalies.FirstOrDefault(a => a.Covers(month, row["ref"], field)));
    }

    public override string ToString() => $"{ReportMonth} {Ref} {Field} = {Published}";
}

/// <summary>A row of published-anomalies.csv: a published figure the rules do not reproduce, and why.</summary>
public sealed record Anomaly(IReadOnlyList<string> Months, string Ref, string Field, string Computed, string Reason)
{
    public bool Covers(string month, string reference, string field) =>
        Months.Contains(month) && Ref == reference && Field == field;

    /// <summary>
    /// The shared list (published-anomalies.csv, a copy of ../shared/data's, computed from the printed values), with
    /// formula-anomalies.csv first: the figures the sample computes by a catalogue formula from counts (M3) rather
    /// than from the printed percentage, and so differently from the shared list, or outside the printed rounding.
    /// </summary>
    public static IReadOnlyList<Anomaly> All()
    {
        var formulas = Read("formula-anomalies.csv");
        var shared = Read("published-anomalies.csv")
            .Where(a => !formulas.Any(f => f.Ref == a.Ref && f.Field == a.Field && f.Months.Intersect(a.Months).Any()));
        return formulas.Concat(shared).ToList();
    }

    private static List<Anomaly> Read(string file) => CsvRows.Read(RepoPaths.Golden(file))
        .Select(r => new Anomaly(r["file"].Split('/'), r["ref"], r["field"], r["computed"], r["hypothesis"]))
        .ToList();
}
