namespace KpiPack.Core.Input;

/// <summary>
/// A file named in a message as the user would type it from where they are, with any character a terminal would act
/// on (a newline, an escape, a right-to-left override) written as a visible escape (<see cref="MessageText"/>).
/// </summary>
public static class DisplayPath
{
    public static string Of(string path)
    {
        var relative = Path.GetRelativePath(Environment.CurrentDirectory, path);
        return MessageText.Escaped(relative.StartsWith("..", StringComparison.Ordinal) ? path : relative);
    }
}
