using CsvHelper;

namespace KpiPack.SampleBuilder;

/// <summary>The clean CSVs in samples/SampleBuilder/data (copied from ../shared/data), read as rows of named fields.</summary>
internal static class SharedCsv
{
    public static IReadOnlyList<IReadOnlyDictionary<string, string>> Read(string path)
    {
        using var reader = CsvReader.FromFile(path, CsvReaderOptions.Default);
        var rows = new List<IReadOnlyDictionary<string, string>>();
        while (reader.Read())
        {
            var headers = reader.Headers;
            rows.Add(Enumerable.Range(0, headers.Count).ToDictionary(i => headers[i], i => reader.GetString(i)));
        }
        return rows;
    }
}
