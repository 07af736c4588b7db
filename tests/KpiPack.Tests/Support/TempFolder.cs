using KpiPack.Core.Packs;

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

    /// <summary>
    /// Copies a pack's inputs into a new subfolder and returns its path: its pack file and the catalogue and workbook
    /// that file names, so nothing a build left beside them in the repository (PDFs, HTML, tables) reaches a test.
    /// </summary>
    public string CopyOf(string packFolder, string name = "pack")
    {
        var pack = PackFile.Load(packFolder);
        return CopyFiles(packFolder, [Pack.FileName, pack.Catalogue, pack.Workbook], name);
    }

    /// <summary>Copies every file of <paramref name="folder"/> (a corpus case, which may have no pack file or a broken one).</summary>
    public string CopyAllOf(string folder, string name = "pack") =>
        CopyFiles(folder, Directory.GetFiles(folder).Select(f => System.IO.Path.GetFileName(f)), name);

    private string CopyFiles(string folder, IEnumerable<string> files, string name)
    {
        var copy = Directory.CreateDirectory(System.IO.Path.Combine(Path, name)).FullName;
        foreach (var file in files)
        {
            var target = System.IO.Path.Combine(copy, file);
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(target)!);
            File.Copy(System.IO.Path.Combine(folder, file), target);
        }
        return copy;
    }

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
