namespace KpiPack.Cli;

/// <summary>
/// Writes files through temporary files beside them, each flushed to the disk and then renamed over the file it
/// replaces. A rename replaces a file in one step, so at every instant, whatever stops the build (a full disk, Ctrl+C,
/// SIGKILL, a power cut), each output path holds either its old file or its new one, complete.
/// </summary>
internal static class AtomicFile
{
    public static void Write(string path, Action<Stream> write) => WriteTogether([(path, write)]);

    /// <summary>
    /// Writes several files that belong together (an appendix's PDF and its HTML edition): every one to its temporary
    /// file first, and only when all are complete are they renamed into place, so a failure while writing leaves all
    /// the old ones.
    /// </summary>
    public static void WriteTogether(IReadOnlyList<(string Path, Action<Stream> Write)> files)
    {
        var written = new List<(HeldFile Temporary, string Full)>();
        try
        {
            foreach (var (path, write) in files)
            {
                var full = Path.GetFullPath(path);
                HeldFile.ClearLeftovers(full);
                var temporary = HeldFile.CreateBeside(full, HeldFile.Temporary);
                written.Add((temporary, full));
                write(temporary.Stream);
                temporary.Stream.Flush(flushToDisk: true);
            }
            ReplaceAll(written);
        }
        finally
        {
            foreach (var (temporary, _) in written) temporary.Discard();
        }
    }

    /// <summary>
    /// Renames every finished file over its old one. A copy of each old file is kept first (beside it: the old file
    /// itself stays in place), so that a rename that fails part-way (a folder, or a file another program holds, put in
    /// the way since the build checked) can put every old file back, and never leaves a new PDF beside last month's HTML.
    /// </summary>
    private static void ReplaceAll(IReadOnlyList<(HeldFile Temporary, string Full)> files)
    {
        var copies = files.Count > 1 ? files.Select(f => CopyOfOld(f.Full)).ToList() : [null];
        var replaced = 0;
        try
        {
            // Overwriting: another build of the same pack may have put its copy in place meanwhile. Both are the
            // same pack's fresh build, so the last one in wins and neither fails.
            foreach (var (temporary, full) in files)
            {
                temporary.MoveOver(full);
                replaced++;
            }
        }
        catch
        {
            for (var i = replaced - 1; i >= 0; i--)
            {
                if (copies[i] is { } old) old.MoveOver(files[i].Full);
                else TryDelete(files[i].Full);
            }
            throw;
        }
        finally
        {
            foreach (var copy in copies) copy?.Discard();
        }
    }

    /// <summary>A copy of the file now at <paramref name="full"/>, to put back if a later rename fails; null when there is none.</summary>
    private static HeldFile? CopyOfOld(string full)
    {
        if (!File.Exists(full)) return null; // nothing to put back (a folder in the way fails its rename anyway)
        using var old = OpenOld(full);
        if (old is null) return null;
        var copy = HeldFile.CreateBeside(full, HeldFile.Old);
        old.CopyTo(copy.Stream);
        copy.Stream.Flush(flushToDisk: true);
        return copy;
    }

    /// <summary>
    /// The file in place, for reading. Another build may have just renamed its file there and hold it for an instant
    /// longer (.NET reads take a shared lock), so a refusal is tried again for a little while.
    /// </summary>
    private static FileStream? OpenOld(string full)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return new FileStream(full, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            }
            catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
            {
                return null;
            }
            catch (IOException) when (attempt < 100)
            {
                Thread.Sleep(20);
            }
        }
    }

    internal static void TryDelete(string path)
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
