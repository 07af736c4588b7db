using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace KpiPack.Core.Input.Headings;

/// <summary>
/// A column heading reduced to what it says: councils head one column "Ref.", "REF" or "Ref:" and explain a heading in
/// brackets ("Outcome (what impact will monitoring these measures have ...)", "Commentary (Jun-19):"), so headings are
/// compared without case, punctuation, a trailing colon or a bracketed explanation.
/// </summary>
public static partial class HeadingText
{
    /// <summary>
    /// Lower case, brackets and their contents removed (unless that leaves nothing), every character that is not a
    /// letter, a digit or a symbol (▲ ▼) read as a space, and runs of spaces made one: "Stat. Neighbour" → "stat
    /// neighbour", "target_2019_20" → "target 2019 20", "% change from May-20" → "change from may 20".
    /// </summary>
    public static string Normalise(string heading)
    {
        var text = heading.Trim();
        var withoutBrackets = Bracketed().Replace(text, " ");
        if (Words(withoutBrackets).Length > 0) text = withoutBrackets;
        var words = Words(text);
        // A heading of punctuation alone ("%") is compared as written.
        return words.Length > 0 ? words : text.Replace(" ", "").ToLowerInvariant();
    }

    private static string Words(string text)
    {
        var result = new StringBuilder(text.Length);
        foreach (var c in text.ToLowerInvariant())
        {
            var kept = char.IsLetterOrDigit(c) || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.OtherSymbol;
            if (kept) result.Append(c);
            else if (result.Length > 0 && result[^1] != ' ') result.Append(' ');
        }
        return result.ToString().TrimEnd();
    }

    [GeneratedRegex(@"\([^()]*\)|\[[^\[\]]*\]")]
    private static partial Regex Bracketed();
}
