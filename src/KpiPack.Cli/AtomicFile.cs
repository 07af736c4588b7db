namespace KpiPack.Cli;

/// <summary>
/// Writes files through temporary files beside them, renamed into place only when complete: a failed or
/// interrupted write leaves whatever was there before untouched.
/// </summary>
internal static class AtomicFile
{
    public static void Write(string path, Action<Stream> write) => WriteTogether([(path, write)]);

    /// <summary>
    /// Writes several files that belong together (an appendix's PDF and its HTML edition): every one to its temporary
    /// file first, and only when all are complete are they renamed into place, so a failure leaves all the old ones.
    /// </summary>
    public static void WriteTogether(IReadOnlyList<(string Path, Action<Stream> Write)> files)
    {
        var temporaries = new List<(string Temporary, string Full)>();
        try
        {
            foreach (var (path, write) in files)
            {
                var full = Path.GetFullPath(path);
                var folder = Path.GetDirectoryName(full)!;
                var name = Path.GetFileName(full);
                // A build killed part-way leaves its temporary file behind; the next build of the same file clears it,
                // but not the live one of another build running in the same folder at the same time.
                foreach (var stale in Directory.EnumerateFiles(folder, $".{name}.*.tmp").Where(f => !WrittenByARunningProcess(f))) TryDelete(stale);
                var temporary = Path.Combine(folder, $".{name}.{Environment.ProcessId}.tmp");
                temporaries.Add((temporary, full));
                using var stream = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None);
                write(stream);
            }
            foreach (var (temporary, full) in temporaries) File.Move(temporary, full, overwrite: true);
        }
        finally
        {
            foreach (var (temporary, _) in temporaries) TryDelete(temporary);
        }
    }

    /// <summary>The temporary file's name carries the process that writes it: ".appendix.pdf.1234.tmp".</summary>
    private static bool WrittenByARunningProcess(string temporary)
    {
        var parts = Path.GetFileName(temporary).Split('.');
        if (parts.Length < 3 || !int.TryParse(parts[^2], out var id) || id == Environment.ProcessId) return false;
        try
        {
            using var process = System.Diagnostics.Process.GetProcessById(id);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false; // no such process: the file is a leftover
        }
        catch (InvalidOperationException)
        {
            return false;
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
