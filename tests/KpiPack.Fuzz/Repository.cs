namespace KpiPack.Fuzz;

internal static class Repository
{
    public static string Root()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "KpiPack.sln"))) return dir.FullName;
        throw new InvalidOperationException("run the fuzzer from inside the repository");
    }
}
