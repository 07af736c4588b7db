using System.Globalization;

namespace KpiPack.Core.Input;

/// <summary>
/// Free text from the user's files (names, outcomes, commentary) as the report can print it: control
/// characters pasted in from other systems are removed, and so is what is not text at all (U+FFFF, half of a
/// surrogate pair: Excel writes them as _xFFFF_, _xD800_), which neither the PDF nor the HTML can hold; right-to-left
/// text is flagged because the PDF lays every line out left to right. Text is never interpreted, only printed.
/// </summary>
internal static class TextCleaner
{
    public static string Clean(string text, InputLocation at, Findings findings)
    {
        var controls = text.Count(IsControl);
        var invalid = Enumerable.Range(0, text.Length).Count(i => IsNotText(text, i));
        if (controls + invalid > 0)
        {
            text = new string(text.Where((c, i) => !IsControl(c) && !IsNotText(text, i)).ToArray());
            var removed = controls + invalid;
            findings.Warning(at, invalid == 0
                ? $"removed {removed} control character{(removed == 1 ? "" : "s")} that cannot be printed"
                : $"removed {removed} character{(removed == 1 ? "" : "s")} that cannot be printed (control characters, or not text at all such as U+FFFF)");
        }
        if (text.Any(IsRightToLeft))
            findings.Warning(at, "has right-to-left text (Arabic, Hebrew, Urdu...), which the PDF prints left to right, unjoined");
        return text;
    }

    // Line breaks are kept: they are how commentary is laid out.
    private static bool IsControl(char c) => char.IsControl(c) && c is not ('\n' or '\r' or '\t');

    /// <summary>A noncharacter, or half of a surrogate pair without its other half.</summary>
    private static bool IsNotText(string text, int i)
    {
        var c = text[i];
        if (c is '\uFFFE' or '\uFFFF' or >= '\uFDD0' and <= '\uFDEF') return true;
        if (char.IsHighSurrogate(c)) return i + 1 >= text.Length || !char.IsLowSurrogate(text[i + 1]);
        if (char.IsLowSurrogate(c)) return i == 0 || !char.IsHighSurrogate(text[i - 1]);
        return false;
    }

    private static bool IsRightToLeft(char c) => c is >= '\u0590' and <= '\u08FF' or >= '\uFB1D' and <= '\uFDFF' or >= '\uFE70' and <= '\uFEFF'
        && CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.Format;
}
