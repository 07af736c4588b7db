using System.Text;

namespace KpiPack.Core.Input.Headings;

/// <summary>The table of known headings as Markdown, for docs/spreadsheets.md: written from the code, so the two agree.</summary>
public static class HeadingsTable
{
    public static string Markdown()
    {
        var text = new StringBuilder();
        text.Append("| heading | also read as | what the column holds | in the catalogue | in the workbook |\n");
        text.Append("| --- | --- | --- | --- | --- |\n");
        foreach (var heading in KnownHeadings.All)
        {
            var aliases = string.Join(", ", heading.Aliases.Select(a => a.EndsWith('*') ? $"`{a[..^1]}…`" : $"`{a}`"));
            text.Append($"| `{heading.Key}` | {aliases} | {heading.Meaning} | {Said(heading.InCatalogue)} | {Said(heading.InWorkbook)} |\n");
        }
        return text.ToString();
    }

    private static string Said(HeadingUse use) => use switch
    {
        HeadingUse.Read => "read",
        HeadingUse.Kept => "kept for the pack to print",
        HeadingUse.Checked => "checked against the catalogue",
        HeadingUse.Derived => "worked out by KpiPack: not read, said once",
        HeadingUse.OtherFile => "belongs in the other file: not read, said once",
        _ => throw new ArgumentOutOfRangeException(nameof(use), use, null),
    };
}
