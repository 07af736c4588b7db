using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace KpiPack.Cli;

/// <summary>
/// A hidden file beside an output (".appendix.pdf.3f9c0a1b2d4e.tmp"), held open with an exclusive lock for as long as
/// the build needs it. The lock, not a process id, is what says the file is in use: a process id means nothing to a
/// build in another container or on another machine sharing the folder, and can belong to an unrelated process by
/// now. The lock is released by the system however the build ends, even by SIGKILL, so an unlocked file of this kind
/// is a leftover. Names are random, so two builds never pick the same one.
/// </summary>
internal sealed partial class HeldFile
{
    public const string Temporary = "tmp", Old = "old";

    /// <summary>The longest part of the output's name kept in the hidden name: with the rest, well under a file name's 255 bytes.</summary>
    private const int NameBytesKept = 200;

    private const int Attempts = 3;

    private readonly string _path;
    private bool _moved;

    private HeldFile(string path, FileStream stream)
    {
        _path = path;
        Stream = stream;
    }

    public FileStream Stream { get; }

    /// <summary>Makes a new, locked hidden file beside <paramref name="full"/>.</summary>
    public static HeldFile CreateBeside(string full, string kind)
    {
        for (var attempt = 1; ; attempt++)
        {
            var path = Path.Combine(Path.GetDirectoryName(full)!, $"{Prefix(full)}{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(6))}.{kind}");
            FileStream stream;
            try
            {
                // Open and lock are two steps: another build may find the file unlocked between them and clear it.
                stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None);
            }
            catch (IOException) when (attempt < Attempts)
            {
                continue; // the lock refused (another build clearing the file as a leftover): try another name
            }
            // Locked now: if the name is still there no one else can clear it, since clearing takes the lock first.
            if (File.Exists(path)) return new HeldFile(path, stream);
            stream.Dispose();
            if (attempt == Attempts) throw new IOException($"a temporary file beside {Path.GetFileName(full)} was removed as it was made");
        }
    }

    /// <summary>Renames the file over <paramref name="full"/>, in one step, and lets go of it.</summary>
    public void MoveOver(string full)
    {
        // Windows renames no file that is open. Elsewhere the lock guards the hidden name up to the rename, and is let
        // go at once after it: it is on the file, not the name, and would keep readers out of the output.
        if (OperatingSystem.IsWindows()) Stream.Dispose();
        File.Move(_path, full, overwrite: true);
        _moved = true;
        Stream.Dispose();
    }

    /// <summary>Closes the file (releasing its lock), and deletes it unless it was renamed into place.</summary>
    public void Discard()
    {
        Stream.Dispose();
        if (!_moved) AtomicFile.TryDelete(_path);
    }

    /// <summary>
    /// Deletes the hidden files a build of <paramref name="full"/> that was stopped part-way left behind: any of its
    /// kind that no one holds locked. A file another build is writing is locked, whoever and wherever that build is.
    /// </summary>
    public static void ClearLeftovers(string full)
    {
        var prefix = Prefix(full);
        foreach (var file in Directory.EnumerateFiles(Path.GetDirectoryName(full)!, ".*"))
        {
            var name = Path.GetFileName(file);
            if (!name.StartsWith(prefix, StringComparison.Ordinal) || !OurSuffix().IsMatch(name[prefix.Length..])) continue;
            try
            {
                // Deleted while locked by us, so that it cannot be taken for a live file between the test and the delete.
                using var held = new FileStream(file, FileMode.Open, FileAccess.Write, FileShare.None);
                File.Delete(file);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // In use by another build (or not ours to delete): left alone.
            }
        }
    }

    /// <summary>".appendix.pdf.": the output's name, hidden, cut to a length that leaves room for the rest.</summary>
    private static string Prefix(string full)
    {
        var name = Path.GetFileName(full);
        while (Encoding.UTF8.GetByteCount(name) > NameBytesKept) name = name[..^(char.IsLowSurrogate(name[^1]) ? 2 : 1)];
        return $".{name}.";
    }

    // Random hex, or the process id that names of earlier versions carried; then the kind.
    [GeneratedRegex(@"^([0-9a-f]{12}|[0-9]+)\.(tmp|old)$")]
    private static partial Regex OurSuffix();
}
