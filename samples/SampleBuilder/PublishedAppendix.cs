namespace KpiPack.SampleBuilder;

/// <summary>One published appendix: its catalogue, its printed month cells and its derived columns.</summary>
internal sealed record PublishedAppendix(
    string ReportMonth,
    IReadOnlyList<IReadOnlyDictionary<string, string>> Catalogue,
    IReadOnlyList<IReadOnlyDictionary<string, string>> Values,
    IReadOnlyList<IReadOnlyDictionary<string, string>> Published)
{
    public static PublishedAppendix Load(string folder, string month) => new(
        month,
        SharedCsv.Read(Path.Combine(folder, $"{month}-catalogue.csv")),
        SharedCsv.Read(Path.Combine(folder, $"{month}-values.csv")),
        SharedCsv.Read(Path.Combine(folder, $"{month}-published.csv")));
}
