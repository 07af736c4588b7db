using KpiPack.Core.Input;

namespace KpiPack.Cli;

/// <summary>
/// For <c>build --check</c>: whether the file at an output path is byte for byte what a build would write. Only an
/// ordinary file is opened (a pipe there would wait for a writer for ever, a device never ends), and only one of the
/// right length is read, a block at a time (a huge or sparse file is told apart by its length alone).
/// </summary>
internal static class DiskComparison
{
    private const int Block = 64 * 1024;

    /// <summary>Why the file on disk is not <paramref name="expected"/> ("missing", "differs from a fresh build"), or null when it is.</summary>
    public static string? Difference(string path, byte[] expected)
    {
        var (kind, length) = KindAndLength(path);
        switch (kind)
        {
            case null:
                return "missing";
            case FileStatus.Kind.Directory:
                return "is a folder, not a file";
            case not FileStatus.Kind.Regular:
                return "is not an ordinary file (a pipe or a device), so not what a build writes";
        }
        if (length != expected.Length) return "differs from a fresh build";
        try
        {
            return SameBytes(path, expected) ? null : "differs from a fresh build";
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return $"cannot be read ({e.Message})";
        }
    }

    private static (FileStatus.Kind? Kind, long Length) KindAndLength(string path)
    {
        if (!OperatingSystem.IsWindows()) return FileStatus.Of(path) is { } status ? (status.Type, status.Length) : (null, 0);
        var info = new FileInfo(path);
        if (Directory.Exists(path)) return (FileStatus.Kind.Directory, 0);
        return info.Exists ? (FileStatus.Kind.Regular, info.Length) : (null, 0);
    }

    private static bool SameBytes(string path, byte[] expected)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, Block);
        var block = new byte[Block];
        var at = 0;
        int read;
        while ((read = stream.Read(block)) > 0)
        {
            if (at + read > expected.Length || !block.AsSpan(0, read).SequenceEqual(expected.AsSpan(at, read))) return false;
            at += read;
        }
        return at == expected.Length;
    }
}
