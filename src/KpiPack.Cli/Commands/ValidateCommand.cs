using System.CommandLine;
using KpiPack.Core.Building;
using KpiPack.Core.Drafting;
using KpiPack.Core.Input;
using KpiPack.Core.Model;
using KpiPack.Core.Packs;
using KpiPack.Core.Validation;
using KpiPack.Rendering.Pdf;

namespace KpiPack.Cli.Commands;

/// <summary><c>kpipack validate</c>: checks a pack for a month without building anything.</summary>
internal static class ValidateCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr, TimeProvider clock)
    {
        var pack = new PackOptions();
        var strict = new Option<bool>("--strict") { Description = "Treat warnings as errors (exit code 2)." };
        var explain = new Option<string[]>("--explain")
        {
            Description = "Say where an indicator's value for the month comes from: for a formula, each input and its cell (repeatable).",
            AllowMultipleArgumentsPerToken = false,
        };
        var command = new Command("validate",
            "Check the pack's catalogue and workbook for a month, without building: one line per problem, then a count.\n" +
            "Exit code 0 when clean, 4 with warnings only, 2 with errors (or warnings with --strict), 1 for a command-line mistake.\n" +
            "Example: kpipack validate --month 2020-06 --explain M3");
        pack.AddTo(command);
        command.Options.Add(strict);
        command.Options.Add(explain);

        command.SetAction(parsed =>
        {
            var settings = pack.Resolve(parsed);
            var findings = new Findings();
            string? hint = null;
            var loaded = LoadedPack.Load(settings, findings);
            // Checks on figures that could not all be read would only add noise to the errors.
            if (loaded is not null && !findings.HasErrors)
            {
                var month = pack.ReportMonth(parsed, loaded, stdout);
                foreach (var reference in parsed.GetValue(explain) ?? [])
                {
                    if (loaded.Catalogue.Indicators.All(i => i.Ref != reference))
                        throw new UsageException($"--explain '{reference}': the catalogue ({loaded.Catalogue.SourceFile}) has no indicator with that ref");
                    foreach (var line in FormulaExplanation.Of(loaded, reference, month)) stdout.WriteLine(line);
                }
                var table = BuildPipeline.Check(loaded, month, Month.FromDate(clock.GetUtcNow().UtcDateTime), findings);
                PrintableText.Check(loaded, PdfEdition.MissingCharacters, findings);
                hint = DraftHint.For([table]);
            }
            foreach (var finding in findings)
                stdout.WriteLine($"{(finding.Severity == Severity.Error ? "error" : "warning")}: {finding}");

            var errors = findings.Errors.Count();
            var warnings = findings.Warnings.Count();
            stdout.WriteLine(errors + warnings == 0
                ? "no problems found"
                : $"{errors} error{(errors == 1 ? "" : "s")}, {warnings} warning{(warnings == 1 ? "" : "s")}");
            // Standard output is the findings and their count, which scripts read; the hint is for the person.
            if (hint is not null) stderr.WriteLine($"kpipack: {hint}");
            return errors > 0 || (warnings > 0 && parsed.GetValue(strict)) ? ExitCodes.DataError
                : warnings > 0 ? ExitCodes.Warnings
                : ExitCodes.Ok;
        });
        return command;
    }
}
