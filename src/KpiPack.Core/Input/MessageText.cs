using System.Globalization;
using System.Text;

namespace KpiPack.Core.Input;

/// <summary>
/// Text from the user's files and command line as a message can show it: on one line, and with nothing a terminal
/// would act on. A newline in a ref would print a second, fake message; an escape or bell character is a command to
/// the terminal; a right-to-left override reorders the rest of the line. Each is written as a visible escape instead.
/// </summary>
public static class MessageText
{
    /// <summary>The text in single quotes, escaped: 'M1\n'.</summary>
    public static string Quoted(string text) => $"'{Escaped(text)}'";

    /// <summary>
    /// The text with every control character (C0, DEL, C1), format character (bidirectional overrides and marks,
    /// zero-width characters, the soft hyphen) and line or paragraph separator written as an escape: \n, \t, \u202E.
    /// </summary>
    public static string Escaped(string text)
    {
        if (!text.Any(NeedsEscape)) return text;
        var escaped = new StringBuilder(text.Length + 8);
        foreach (var c in text)
            escaped.Append(!NeedsEscape(c) ? c.ToString() : c switch
            {
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                _ => $"\\u{(int)c:X4}",
            });
        return escaped.ToString();
    }

    /// <summary>Whether a character is one a message must not print as it is.</summary>
    public static bool NeedsEscape(char c) =>
        char.IsControl(c) || CharUnicodeInfo.GetUnicodeCategory(c) is
            UnicodeCategory.Format or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator;
}
