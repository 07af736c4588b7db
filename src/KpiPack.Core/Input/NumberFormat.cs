namespace KpiPack.Core.Input;

/// <summary>
/// What a cell's number format (Excel's format codes, ECMA-376 part 1, 18.8.31) says about its value, read as Excel
/// reads it. Only a % that is a format character scales the value by 100: one in quotes ("%"), escaped (\%), after _
/// or * (a space as wide as it, or a fill), or in brackets ([Red], [$%-809]) is text, and the value is as stored.
/// </summary>
public static class NumberFormat
{
    /// <summary>Whether <paramref name="format"/> shows <paramref name="value"/> as a percentage (the stored 0.174 as 17.4%).</summary>
    public static bool ShowsPercent(string? format, double value)
    {
        if (string.IsNullOrEmpty(format)) return false;
        var sections = Sections(format);
        // Up to four sections: positive; negative; zero; text. A negative or zero value takes its own where there is one.
        var section = value < 0 && sections.Count > 1 ? sections[1]
            : value == 0 && sections.Count > 2 ? sections[2]
            : sections[0];
        return FormatCharacters(section).Contains('%');
    }

    /// <summary>The sections, split at each ; that is a format character.</summary>
    private static List<string> Sections(string format)
    {
        var sections = new List<string>();
        var start = 0;
        foreach (var (at, c) in Characters(format))
            if (c == ';')
            {
                sections.Add(format[start..at]);
                start = at + 1;
            }
        sections.Add(format[start..]);
        return sections;
    }

    private static string FormatCharacters(string section) => string.Concat(Characters(section).Select(c => c.Char));

    /// <summary>The characters of a format that are format characters, with where each is: literals left out.</summary>
    private static IEnumerable<(int At, char Char)> Characters(string format)
    {
        for (var i = 0; i < format.Length; i++)
        {
            switch (format[i])
            {
                case '"':
                    var close = format.IndexOf('"', i + 1);
                    i = close < 0 ? format.Length : close;
                    break;
                case '[':
                    var end = format.IndexOf(']', i + 1);
                    i = end < 0 ? format.Length : end;
                    break;
                case '\\' or '_' or '*':
                    i++; // the next character is literal
                    break;
                default:
                    yield return (i, format[i]);
                    break;
            }
        }
    }
}
