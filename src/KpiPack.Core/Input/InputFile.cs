namespace KpiPack.Core.Input;

/// <summary>
/// Reads a catalogue, workbook or pack file into memory once, and only when it is an ordinary file of a sane size. Every reader
/// works on that one copy: a workbook saved while KpiPack reads it cannot pair one version's values with another's
/// error cells, and a pipe or a device (a FIFO that never ends, /dev/zero) is refused instead of read for ever.
/// </summary>
internal static class InputFile
{
    public static byte[] ReadAll(string path, long limit = InputLimits.FileBytes)
    {
        if (Directory.Exists(path)) throw new InputException(new InputLocation(path), "this is a folder, not a file");
        RefuseDanglingLink(path);
        if (FileStatus.Of(path) is { } status && status.Type != FileStatus.Kind.Regular)
            throw new InputException(new InputLocation(path),
                $"this is not an ordinary file but {(status.Type == FileStatus.Kind.Pipe ? "a pipe" : "a device or socket")}: KpiPack reads only files saved on disk");
        try
        {
            return ReadBounded(path, limit);
        }
        // Not found is the caller's to say (it knows whether the file is a catalogue or a workbook).
        catch (Exception e) when (e is UnauthorizedAccessException or IOException and not FileNotFoundException and not DirectoryNotFoundException)
        {
            throw new InputException(new InputLocation(path), $"cannot be read: {e.Message}");
        }
    }

    /// <summary>A link to nothing (its target moved or deleted, or links that lead round in a loop) is said as such.</summary>
    public static void RefuseDanglingLink(string path)
    {
        if (RealPath.DanglingLinkTarget(path) is { } target)
            throw new InputException(new InputLocation(path),
                $"this is a link to {MessageText.Quoted(target)}, which does not exist (or the links lead round in a loop): name the file itself, or restore what the link points at");
    }

    private static byte[] ReadBounded(string path, long limit)
    {
        using var stream = File.Open(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        // Read one byte past the limit rather than trust the length the file system reports: a file can grow while it
        // is read, and some files report no length at all.
        var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = stream.Read(chunk)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > limit)
                throw new InputException(new InputLocation(path),
                    $"the file is larger than {InputLimits.Size(limit)}, the most KpiPack reads: is this the right file?");
        }
        return buffer.ToArray();
    }
}
