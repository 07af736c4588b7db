using System.CommandLine;
using KpiPack.Core.Drafting;
using KpiPack.Core.Input;

namespace KpiPack.Cli.Commands;

/// <summary>
/// <c>kpipack draft</c>: the facts of each indicator's month written out as a draft of its commentary, for the data
/// team to start from. Drafts go to standard output, never into the appendix.
/// </summary>
internal static class DraftCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var pack = new PackOptions();
        var all = new Option<bool>("--all")
        {
            Description = "Draft every indicator the appendices show, not only those that moved 10% or more with no commentary.",
        };
        var format = ChoiceOption.Of("--format", "csv (default: ref,month,commentary, as the workbook's Commentary sheet; only indicators with none) or md (Markdown, for reading).", "csv", "md");

        var command = new Command("draft",
            "Write a draft of the commentary for each indicator that moved 10% or more and has none: the month's change with both figures, highs and lows,\n" +
            "runs, the 12-month average, the target and RAG, SPC signals. Facts only, each at most 300 characters.\n" +
            "Examples:\n" +
            "  kpipack draft --month 2020-06                  (in a pack folder)\n" +
            "  kpipack draft --month 2020-06 --all --format md");
        pack.AddTo(command);
        command.Options.Add(all);
        command.Options.Add(format);
        command.SetAction(parsed =>
        {
            var loaded = PackOptions.Load(pack.Resolve(parsed), new Findings());
            // The drafts go to standard output, so anything said about them goes to standard error.
            var month = pack.ReportMonth(parsed, loaded, stderr, "drafting");
            var drafts = PackDrafts.Of(loaded, month, parsed.GetValue(all));
            if (parsed.GetValue(format) == "md") DraftWriter.WriteMarkdown(drafts, month, stdout);
            else if (DraftWriter.WriteCsv(drafts, stdout) is > 0 and var kept)
                stderr.WriteLine($"kpipack: left out {kept} indicator{(kept == 1 ? "" : "s")} that already have commentary for {month.Label}, so the rows never replace it (--format md shows their drafts)");
            return ExitCodes.Ok;
        });
        return command;
    }
}
