namespace KpiPack.Core.Input;

/// <summary>A file named in a message as the user would type it from where they are.</summary>
public static class DisplayPath
{
    public static string Of(string path)
    {
        var relative = Path.GetRelativePath(Environment.CurrentDirectory, path);
        return relative.StartsWith("..", StringComparison.Ordinal) ? path : relative;
    }
}
