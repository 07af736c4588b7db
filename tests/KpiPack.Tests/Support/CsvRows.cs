using CsvHelper;

namespace KpiPack.Tests.Support;

/// <summary>CSV as rows of named fields, for comparing with expected figures.</summary>
internal static class CsvRows
{
    public static IReadOnlyList<IReadOnlyDictionary<string, string>> Read(string path) =>
        All(CsvReader.FromFile(path, CsvReaderOptions.Default));

    public static IReadOnlyList<IReadOnlyDictionary<string, string>> Parse(string text) =>
        All(CsvReader.FromText(text, CsvReaderOptions.Default));

    private static List<IReadOnlyDictionary<string, string>> All(CsvReader reader)
    {
        using (reader)
        {
            var rows = new List<IReadOnlyDictionary<string, string>>();
            while (reader.Read())
                rows.Add(Enumerable.Range(0, reader.Headers.Count).ToDictionary(i => reader.Headers[i], i => reader.GetString(i)));
            return rows;
        }
    }
}
