namespace KpiPack.Tests.Support;

/// <summary>Paths inside the repository, found from the test binaries by walking up to KpiPack.sln.</summary>
internal static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string SamplePack => Path.Combine(Root, "samples", "children-and-families");
    public static string SampleCatalogue => Path.Combine(SamplePack, "catalogue.csv");
    public static string SampleWorkbook => Path.Combine(SamplePack, "workbook.xlsx");

    public static string Golden(string file) => Path.Combine(TestContext.CurrentContext.TestDirectory, "Golden", file);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "KpiPack.sln"))) return dir.FullName;
        throw new InvalidOperationException("KpiPack.sln not found above " + AppContext.BaseDirectory);
    }
}
