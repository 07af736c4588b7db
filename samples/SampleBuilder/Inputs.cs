namespace KpiPack.SampleBuilder;

/// <summary>What the builder needs before it writes anything: the repository's folders and the council's figures.</summary>
internal static class Inputs
{
    /// <summary>One line saying what is missing (a folder or a file, by its path), or null when everything is there.</summary>
    public static string? Problem(string data, IEnumerable<string> months)
    {
        foreach (var folder in new[] { "samples", "templates", Path.Combine("samples", "SampleBuilder", "data") })
            if (!Directory.Exists(folder))
                return $"{Path.GetFullPath(folder)}: no such folder: run SampleBuilder from the repository root";
        if (!Directory.Exists(data))
            return $"{Path.GetFullPath(data)}: no such folder: give the folder of the council's extracted figures, or nothing for samples/SampleBuilder/data";
        var missing = months.SelectMany(m => new[] { "catalogue", "values", "published" }.Select(part => Path.Combine(data, $"{m}-{part}.csv")))
            .FirstOrDefault(file => !File.Exists(file));
        return missing is null ? null : $"{Path.GetFullPath(missing)}: no such file: the data folder needs each month's catalogue, values and published CSV";
    }
}
