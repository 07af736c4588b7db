using System.Globalization;
using System.Text;

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
        text = WithoutFormatCharacters(text, at, findings);
        if (text.Any(IsRightToLeft))
            findings.Warning(at, "has right-to-left text (Arabic, Hebrew, Urdu...), which the PDF prints left to right, unjoined");
        return text;
    }

    /// <summary>
    /// Invisible characters that steer layout (right-to-left overrides and marks, zero-width spaces and joiners, soft
    /// hyphens, Unicode's own line and paragraph separators) are drawn one way by a browser and another, or not at
    /// all, by the PDF: so both editions get the same text, a line or paragraph separator becomes a line break and
    /// the rest are removed, with a warning that names them.
    /// </summary>
    private static string WithoutFormatCharacters(string text, InputLocation at, Findings findings)
    {
        if (!text.Any(c => IsFormat(c) || IsSeparator(c))) return text;
        var removed = new SortedSet<string>(StringComparer.Ordinal);
        var clean = new System.Text.StringBuilder(text.Length);
        foreach (var rune in text.EnumerateRunes())
        {
            if (rune.Value is 0x2028 or 0x2029) clean.Append('\n');
            else if (Rune.GetUnicodeCategory(rune) == UnicodeCategory.Format) removed.Add($"U+{rune.Value:X4}");
            else clean.Append(rune.ToString());
        }
        var separators = text.Count(IsSeparator);
        if (separators > 0)
            findings.Warning(at, $"read {separators} Unicode line or paragraph separator{(separators == 1 ? "" : "s")} (U+2028, U+2029) as line breaks");
        if (removed.Count > 0)
            findings.Warning(at, $"removed invisible formatting characters ({string.Join(", ", removed)}: direction overrides or marks, " +
                "zero-width spaces or joiners, soft hyphens) that the PDF and the HTML would show differently");
        return clean.ToString();
    }

    private static bool IsFormat(char c) => CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.Format || char.IsSurrogate(c);

    private static bool IsSeparator(char c) => c is '\u2028' or '\u2029';

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
