using System.Globalization;

namespace KpiPack.Core.Input;

/// <summary>
/// Free text from the user's files (names, outcomes, commentary) as the report can print it: control
/// characters pasted in from other systems are removed, and right-to-left text is flagged because the PDF
/// lays every line out left to right. Text is never interpreted, only printed.
/// </summary>
internal static class TextCleaner
{
    public static string Clean(string text, InputLocation at, Findings findings)
    {
        var removed = text.Count(IsControl);
        if (removed > 0)
        {
            text = new string(text.Where(c => !IsControl(c)).ToArray());
            findings.Warning(at, $"removed {removed} control character{(removed == 1 ? "" : "s")} that cannot be printed");
        }
        if (text.Any(IsRightToLeft))
            findings.Warning(at, "has right-to-left text (Arabic, Hebrew, Urdu...), which the PDF prints left to right, unjoined");
        return text;
    }

    // Line breaks are kept: they are how commentary is laid out.
    private static bool IsControl(char c) => char.IsControl(c) && c is not ('\n' or '\r' or '\t');

    private static bool IsRightToLeft(char c) => c is >= '\u0590' and <= '\u08FF' or >= '\uFB1D' and <= '\uFDFF' or >= '\uFE70' and <= '\uFEFF'
        && CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.Format;
}
