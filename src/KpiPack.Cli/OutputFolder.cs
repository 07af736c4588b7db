namespace KpiPack.Cli;

internal static class OutputFolder
{
    /// <summary>
    /// Why new files cannot be made in <paramref name="folder"/>, or null when they can. Found by making (and at once
    /// deleting) an empty hidden file there: permission bits do not tell, since root, ACLs and read-only mounts each
    /// answer differently, and trying is the only answer that agrees with the write to come.
    /// </summary>
    public static string? RefusesNewFiles(string folder)
    {
        // A random name: a process id is shared by builds in other containers or on other machines using the folder.
        var probe = Path.Combine(folder, $".kpipack.{Convert.ToHexStringLower(System.Security.Cryptography.RandomNumberGenerator.GetBytes(6))}.probe");
        try
        {
            using (new FileStream(probe, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1, FileOptions.DeleteOnClose)) { }
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            return "permission denied";
        }
        catch (IOException e) when (e is not (FileNotFoundException or DirectoryNotFoundException))
        {
            // A read-only file system, or (very rarely) a probe of the same random name: only the first is worth stopping for.
            return File.Exists(probe) ? null : e.Message;
        }
    }
}
