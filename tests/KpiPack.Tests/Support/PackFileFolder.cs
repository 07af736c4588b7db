using KpiPack.Core.Packs;

namespace KpiPack.Tests.Support;

/// <summary>A fresh folder per test, and a pack file written into it and read back.</summary>
public abstract class PackFileFolder
{
    protected TempFolder Folder { get; private set; } = null!;

    [SetUp] public void CreateFolder() => Folder = new TempFolder();
    [TearDown] public void RemoveFolder() => Folder.Dispose();

    protected Pack Load(string json)
    {
        Folder.Write("kpipack.json", json);
        return PackFile.Load(Folder.Path);
    }
}
