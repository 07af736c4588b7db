namespace KpiPack.Fuzz;

/// <summary>Starting inputs: every catalogue and workbook in the corpus, the samples and the templates.</summary>
/// <summary>One starting input; <see cref="Folder"/> is where it was found, so a catalogue can be read with its workbook.</summary>
internal sealed record Seed(string Kind, string Extension, byte[] Bytes, string Folder);

internal static class Seeds
{
    public static IReadOnlyList<Seed> Load(string root)
    {
        var folders = new[] { Path.Combine(root, "tests", "KpiPack.Tests", "Corpus"), Path.Combine(root, "samples"), Path.Combine(root, "templates") };
        return folders
            .SelectMany(folder => Directory.EnumerateFiles(folder, "*.*", SearchOption.AllDirectories))
            .Where(file => Path.GetFileNameWithoutExtension(file) is "catalogue" or "workbook")
            .Select(file => new Seed(Path.GetFileNameWithoutExtension(file), Path.GetExtension(file).ToLowerInvariant(), File.ReadAllBytes(file), Path.GetDirectoryName(file)!))
            .Where(seed => seed.Extension is ".csv" or ".xlsx")
            .ToList();
    }
}
