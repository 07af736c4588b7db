using KpiPack.Core.Input;
using KpiPack.Core.Packs;

namespace KpiPack.Core.Validation;

/// <summary>
/// Text the printed edition cannot show: characters its shipped font lacks would print as blanks, and a reader
/// would never know a word was there. The font is the renderer's business, so it is asked through
/// <c>missingCharacters</c> (the characters of a text the font cannot draw, or an empty string).
/// </summary>
public static class PrintableText
{
    public static void Check(LoadedPack pack, Func<string, string> missingCharacters, Findings findings)
    {
        foreach (var indicator in pack.Catalogue.Indicators)
        {
            var fields = new[]
            {
                ("ref", indicator.Ref), ("indicator", indicator.Name), ("section", indicator.Section), ("owner", indicator.Owner),
                ("reporter", indicator.Reporter), ("outcome", indicator.Outcome),
            };
            foreach (var (column, text) in fields)
                if (missingCharacters(text) is { Length: > 0 } missing)
                    findings.Warning(pack.Sources.OfIndicator(indicator.Ref) with { Column = $"'{column}'" }, Said(indicator.Ref, column, missing));

            foreach (var month in pack.Values.Months)
                if (missingCharacters(pack.Values.CommentaryOf(indicator.Ref, month)) is { Length: > 0 } missing)
                    findings.Warning(pack.Sources.OfValue(indicator.Ref, month), Said(indicator.Ref, $"commentary for {month.Label}", missing));
        }
    }

    private static string Said(string reference, string what, string missing) =>
        $"{reference}'s {what} has characters the PDF's font cannot print ({string.Join(" ", missing.EnumerateRunes())}): " +
        "they would be blank in the PDF (the HTML edition shows them); write them another way, or leave them out";
}
