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
                ClearLeftovers(full);
                var temporary = Sibling(full, "tmp");
                temporaries.Add((temporary, full));
                using var stream = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None);
                write(stream);
            }
            ReplaceAll(temporaries);
        }
        finally
        {
            foreach (var (temporary, _) in temporaries) TryDelete(temporary);
        }
    }

    /// <summary>
    /// Renames every finished file into place, keeping each old one aside until all are in, so that a rename that
    /// fails part-way (a folder, or a file another program holds, in the way) puts every old file back.
    /// </summary>
    private static void ReplaceAll(IReadOnlyList<(string Temporary, string Full)> files)
    {
        var replaced = new List<(string Full, string? Old)>();
        try
        {
            foreach (var (temporary, full) in files)
            {
                var old = SetAside(full);
                replaced.Add((full, old));
                // Overwriting: another build of the same pack may have put its copy in place since the old one was set
                // aside. Both are the same pack's fresh build, so the last one in wins and neither fails.
                File.Move(temporary, full, overwrite: true);
            }
        }
        catch
        {
            foreach (var (full, old) in Enumerable.Reverse(replaced))
            {
                if (old is not null) File.Move(old, full, overwrite: true);
                else TryDelete(full);
            }
            throw;
        }
        foreach (var (_, old) in replaced) if (old is not null) TryDelete(old);
    }

    /// <summary>Moves the file now in place aside, to be put back if a later rename fails; null when there is none.</summary>
    private static string? SetAside(string full)
    {
        if (!File.Exists(full)) return null;
        var old = Sibling(full, "old");
        try
        {
            File.Move(full, old, overwrite: true);
            return old;
        }
        catch (FileNotFoundException)
        {
            return null; // another build of the same pack moved it aside first
        }
    }

    /// <summary>".appendix.pdf.1234.tmp": hidden, beside the file, named for this process.</summary>
    private static string Sibling(string full, string kind) =>
        Path.Combine(Path.GetDirectoryName(full)!, $".{Path.GetFileName(full)}.{Environment.ProcessId}.{kind}");

    /// <summary>
    /// A build killed part-way leaves its temporary files behind; the next build of the same file clears them, but not
    /// those of another build running in the same folder at the same time.
    /// </summary>
    private static void ClearLeftovers(string full)
    {
        var name = Path.GetFileName(full);
        foreach (var kind in new[] { "tmp", "old" })
            foreach (var stale in Directory.EnumerateFiles(Path.GetDirectoryName(full)!, $".{name}.*.{kind}").Where(f => !WrittenByARunningProcess(f)))
                TryDelete(stale);
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
