namespace KpiPack.Cli;

/// <summary>
/// Writes a file through a temporary file beside it, renamed into place only when complete: a failed or
/// interrupted write leaves whatever was there before untouched.
/// </summary>
internal static class AtomicFile
{
    public static void Write(string path, Action<Stream> write)
    {
        var full = Path.GetFullPath(path);
        var folder = Path.GetDirectoryName(full)!;
        var name = Path.GetFileName(full);
        // A build killed part-way leaves its temporary file behind; the next build of the same file clears it.
        foreach (var stale in Directory.EnumerateFiles(folder, $".{name}.*.tmp")) TryDelete(stale);
        var temporary = Path.Combine(folder, $".{name}.{Environment.ProcessId}.tmp");
        try
        {
            using (var stream = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None))
                write(stream);
            File.Move(temporary, full, overwrite: true);
        }
        finally
        {
            TryDelete(temporary);
        }
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (IOException)
        {
            // Still open elsewhere: it will be cleared next time.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
