namespace KpiPack.Core.Input;

/// <summary>File names as the user types them, in the pack file or on the command line.</summary>
public static class FileNames
{
    /// <summary>
    /// The first control character (a tab, a bell, NUL) in <paramref name="name"/>, or null. In a file name one is always a
    /// slip: Linux would write a name no one can type, other systems refuse it, and .NET refuses a NUL in any path.
    /// </summary>
    public static char? FirstControlCharacter(string name)
    {
        foreach (var c in name)
            if (char.IsControl(c)) return c;
        return null;
    }
}
