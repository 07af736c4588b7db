namespace KpiPack.Tests.Support;

/// <summary>A scratch folder for a test's input files, removed afterwards.</summary>
public sealed class TempFolder : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("kpipack-test-").FullName;

    public string Write(string name, string content)
    {
        var file = System.IO.Path.Combine(Path, name);
        File.WriteAllText(file, content);
        return file;
    }

    public string PathOf(string name) => System.IO.Path.Combine(Path, name);

    /// <summary>Copies the files of <paramref name="folder"/> into a new subfolder and returns its path.</summary>
    public string CopyOf(string folder, string name = "pack")
    {
        var copy = Directory.CreateDirectory(System.IO.Path.Combine(Path, name)).FullName;
        foreach (var file in Directory.GetFiles(folder).Where(f => !f.EndsWith(".pdf", StringComparison.OrdinalIgnoreCase)))
            File.Copy(file, System.IO.Path.Combine(copy, System.IO.Path.GetFileName(file)));
        return copy;
    }

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
