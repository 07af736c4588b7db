using System.CommandLine;
using System.Text;
using KpiPack.Core.Building;
using KpiPack.Core.Input;
using KpiPack.Core.Output;

namespace KpiPack.Cli.Commands;

/// <summary><c>kpipack derive</c>: prints the derived table for a month, for checking figures or feeding other tools.</summary>
internal static class DeriveCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var pack = new PackOptions();
        var format = ChoiceOption.Of("--format", "csv (default) or json.", "csv", "json");

        var command = new Command("derive",
            "Print the derived table (changes, arrows, 12-month average and maximum, judgement, RAG) for one month.\n" +
            "Example: kpipack derive --month 2019-06 --catalogue catalogue.csv --workbook workbook.xlsx");
        pack.AddTo(command);
        command.Options.Add(format);
        command.SetAction(parsed =>
        {
            var loaded = PackOptions.Load(pack.Resolve(parsed), new Findings());
            // The table goes to standard output, so anything said about it goes to standard error.
            var month = pack.ReportMonth(parsed, loaded, stderr, "deriving");
            if (loaded.NoValuesFor(month) is { } missing) throw new InputException([missing]);
            var table = loaded.Derive(month);
            var revised = BuildPipeline.Revisions(loaded, table, new Findings());
            if (parsed.GetValue(format) == "json")
            {
                using var buffer = new MemoryStream();
                DerivedTableWriter.WriteJson(table, buffer, revised);
                stdout.WriteLine(Encoding.UTF8.GetString(buffer.ToArray()));
            }
            else
            {
                DerivedTableWriter.WriteCsv(table, stdout);
                foreach (var (appendix, revisions) in revised) RevisionReport.Write(stderr, appendix, month, revisions);
            }
            return ExitCodes.Ok;
        });
        return command;
    }
}
