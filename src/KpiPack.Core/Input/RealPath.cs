namespace KpiPack.Core.Input;

/// <summary>
/// Where a path really leads: every symbolic link in it followed, as the system will when the file is opened. Two
/// names are compared as files (<see cref="SameFile"/>) and a folder's contents by where they really are
/// (<see cref="IsInside"/>), never by their text: a link, a "..", or a letter case can make different text name one file.
/// </summary>
public static class RealPath
{
    /// <summary>The most links one path may pass through, as Linux allows (ELOOP past it): a loop ends here.</summary>
    private const int MostLinks = 40;

    private static readonly StringComparison FileNameCase =
        OperatingSystem.IsWindows() || OperatingSystem.IsMacOS() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;

    /// <summary>
    /// <paramref name="path"/> made absolute (as .NET does, taking ".." by its text), then with each link in it replaced by
    /// what it points at (a ".." after a link goes up from the link's target, as the system does). A part that does not
    /// exist yet is kept as written.
    /// </summary>
    public static string Of(string path)
    {
        var full = Path.GetFullPath(path);
        var resolved = Path.GetPathRoot(full)!;
        var pending = new Stack<string>(Parts(full[resolved.Length..]).Reverse());
        var links = 0;
        while (pending.Count > 0)
        {
            var part = pending.Pop();
            if (part == ".") continue;
            if (part == "..")
            {
                resolved = Path.GetDirectoryName(resolved) ?? resolved;
                continue;
            }
            var next = Path.Combine(resolved, part);
            if (LinkTarget(next) is not { } target || ++links > MostLinks)
            {
                resolved = next;
                continue;
            }
            if (Path.IsPathRooted(target)) resolved = Path.GetPathRoot(Path.GetFullPath(target))!;
            foreach (var step in Parts(Path.IsPathRooted(target) ? Path.GetFullPath(target)[resolved.Length..] : target).Reverse()) pending.Push(step);
        }
        return resolved;
    }

    /// <summary>Whether <paramref name="path"/> really lies in <paramref name="folder"/> (or below), links followed in both.</summary>
    public static bool IsInside(string path, string folder)
    {
        var inside = Path.TrimEndingDirectorySeparator(Of(folder)) + Path.DirectorySeparatorChar;
        return Of(path).StartsWith(inside, FileNameCase);
    }

    /// <summary>
    /// Whether two paths name one file: the same device and inode when both exist (a hard link, a bind mount, a link to
    /// a folder), else the same real path, letter case aside (on a Windows or macOS disk a near miss by case is the
    /// same file).
    /// </summary>
    public static bool SameFile(string a, string b) =>
        FileStatus.Of(a) is { } first && FileStatus.Of(b) is { } second
            ? first.IsSameFileAs(second)
            : string.Equals(Of(a), Of(b), StringComparison.OrdinalIgnoreCase);

    /// <summary>What a link points at, as written in it, when <paramref name="path"/> is a link; null when it is not (or there is nothing there).</summary>
    public static string? LinkTarget(string path)
    {
        try
        {
            return new FileInfo(path).LinkTarget;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>
    /// Where a link that leads nowhere was meant to lead, or null when <paramref name="path"/> is not such a link: a
    /// "file not found" for it would send the user looking for a name that is plainly there.
    /// </summary>
    public static string? DanglingLinkTarget(string path) =>
        FileStatus.OfEntry(path) is { Type: FileStatus.Kind.Link } && FileStatus.Of(path) is null ? LinkTarget(path) ?? "?" : null;

    private static IEnumerable<string> Parts(string path) =>
        path.Split([Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar], StringSplitOptions.RemoveEmptyEntries);
}
