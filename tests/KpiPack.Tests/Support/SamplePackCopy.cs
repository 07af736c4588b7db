namespace KpiPack.Tests.Support;

/// <summary>A fresh copy of the sample pack in a scratch folder for each test, which may change and build it freely.</summary>
public abstract class SamplePackCopy
{
    private TempFolder? _folder;

    protected TempFolder Folder => _folder!;

    /// <summary>The copy's folder: kpipack.json, catalogue.csv and workbook.xlsx.</summary>
    protected string Pack { get; private set; } = "";

    [SetUp]
    public void CopySample()
    {
        _folder = new TempFolder();
        Pack = _folder.CopyOf(RepoPaths.SamplePack);
    }

    [TearDown] public void RemoveFolder() => _folder?.Dispose();
}
