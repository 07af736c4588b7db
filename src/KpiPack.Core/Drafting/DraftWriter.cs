using CsvHelper;

namespace KpiPack.Core.Drafting;

/// <summary>The drafts as the workbook's commentary (CSV) or for reading (Markdown).</summary>
public static class DraftWriter
{
    /// <summary>
    /// ref,month,commentary: the columns of the workbook's Commentary sheet and of a long-format CSV workbook, the
    /// month as yyyy-mm, so the rows can be pasted there or merged by ref and month. Only indicators with no commentary
    /// for the month are written, so pasting the rows never replaces what the team wrote; returns how many were left
    /// out for having some (the Markdown drafts show them beside their commentary).
    /// </summary>
    public static int WriteCsv(IEnumerable<Draft> drafts, TextWriter output)
    {
        // Escaped as the derived table is for a spreadsheet; a draft starts with a word, so none is changed.
        var options = CsvWriterOptions.Default with { NewLine = "\n", Injection = CsvInjection.Escape };
        using var csv = CsvWriter.Create(output, options, leaveOpen: true);
        csv.WriteHeader(["ref", "month", "commentary"]);
        var withCommentary = 0;
        foreach (var draft in drafts)
        {
            if (draft.Row.Commentary.Length > 0) withCommentary++;
            else csv.WriteRecord([draft.Row.Indicator.Ref, draft.Row.Month.ToString(), draft.Text]);
        }
        return withCommentary;
    }

    public static void WriteMarkdown(IEnumerable<Draft> drafts, Model.Month month, TextWriter output)
    {
        output.WriteLine($"# Drafts for the commentary, {month.Label}");
        output.WriteLine();
        output.WriteLine("Facts only, from the derived figures: a starting point for the commentary, not commentary.");
        foreach (var draft in drafts)
        {
            var row = draft.Row;
            output.WriteLine();
            output.WriteLine($"## {Escape(row.Indicator.Ref)}: {Escape(row.Indicator.Name)}");
            output.WriteLine();
            output.WriteLine(Escape(draft.Text));
            output.WriteLine();
            var reasons = DraftSelection.Reasons(row);
            if (reasons.Count > 0) output.WriteLine($"- Drafted because: {string.Join("; ", reasons)}");
            output.WriteLine($"- Commentary now: {(row.Commentary.Length == 0 ? "none" : Escape(row.Commentary))}");
        }
    }

    /// <summary>Text from the catalogue and workbook read as text, not as Markdown (a ref such as "CP2b %" or a "*" is literal).</summary>
    private static string Escape(string text)
    {
        var escaped = new System.Text.StringBuilder(text.Length);
        foreach (var c in text.ReplaceLineEndings(" "))
        {
            if (c is '\\' or '`' or '*' or '_' or '[' or ']' or '<' or '>' or '#' or '|') escaped.Append('\\');
            escaped.Append(c);
        }
        return escaped.ToString();
    }
}
