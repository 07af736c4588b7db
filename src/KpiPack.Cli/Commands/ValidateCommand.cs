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
        var allMonths = new Option<bool>("--all-months")
        {
            Description = "Check every month that has values, as 'build --all-months' builds them: a finding many months share is one line.",
        };
        var command = new Command("validate",
            "Check the pack's catalogue and workbook for a month, without building: one line per problem, then a count.\n" +
            "Exit code 0 when clean, 4 with warnings only, 2 with errors (or warnings with --strict), 1 for a command-line mistake.\n" +
            "Examples: kpipack validate --month 2020-06 --explain M3\n" +
            "          kpipack validate --all-months");
        pack.AddTo(command);
        command.Options.Add(allMonths);
        command.Options.Add(strict);
        command.Options.Add(explain);

        command.SetAction(parsed =>
        {
            var every = parsed.GetValue(allMonths);
            if (every && parsed.GetValue(pack.Month) is not null) throw new UsageException("--month and --all-months: give one or the other");
            var explained = parsed.GetValue(explain) ?? [];
            if (every && explained.Length > 0) throw new UsageException("--explain works on one month: give --month instead of --all-months");
            var settings = pack.Resolve(parsed);
            var findings = new Findings();
            IReadOnlyList<GroupedFinding> found = [];
            string? hint = null;
            var loaded = LoadedPack.Load(settings, findings);
            // Checks on figures that could not all be read would only add noise to the errors.
            if (loaded is not null && !findings.HasErrors)
            {
                var today = Month.FromDate(clock.GetUtcNow().UtcDateTime);
                IReadOnlyList<Month> months = every ? EveryMonth(loaded, stdout) : [pack.ReportMonth(parsed, loaded, stdout, "checking")];
                foreach (var reference in explained)
                {
                    if (loaded.Catalogue.Indicators.All(i => i.Ref != reference))
                        throw new UsageException($"--explain '{reference}': the catalogue ({loaded.Catalogue.SourceFile}) has no indicator with that ref");
                    foreach (var line in FormulaExplanation.Of(loaded, reference, months[0])) stdout.WriteLine(line);
                }
                var checkedMonths = BuildPipeline.CheckMonths(loaded, months, today, findings);
                // One month: the figures its appendices would print differently from their last records, and its gaps in full.
                if (!every)
                {
                    foreach (var (appendix, revisions) in BuildPipeline.Revisions(loaded, checkedMonths[0].Table, findings))
                        RevisionReport.Write(stdout, appendix, months[0], revisions);
                    if (MonthFill.Of(loaded, months[0]) is { IsFilled: false } fill)
                        stdout.WriteLine($"no figure for {months[0].Label} ({fill.Missing.Count}): {string.Join(", ", fill.Missing)}");
                }
                PrintableText.Check(loaded, PdfEdition.MissingCharacters, findings);
                found = FindingGroups.Of(findings, checkedMonths.Select(m => m.Found).ToList());
                hint = DraftHint.For(loaded.Pack, checkedMonths.Select(m => m.Table));
            }
            else
            {
                found = FindingGroups.Of(findings, []);
            }
            foreach (var finding in found)
                stdout.WriteLine($"{(finding.Severity == Severity.Error ? "error" : "warning")}: {finding}");

            var errors = found.Count(f => f.Severity == Severity.Error);
            var warnings = found.Count(f => f.Severity == Severity.Warning);
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

    /// <summary>Every month with values, as build --all-months takes them (said on <paramref name="stdout"/>).</summary>
    private static IReadOnlyList<Month> EveryMonth(LoadedPack loaded, TextWriter stdout)
    {
        var months = loaded.MonthsWithValues;
        if (months.Count == 0) throw new InputException(new InputLocation(loaded.Values.SourceFile), "the workbook has no values yet");
        stdout.WriteLine($"checking {months.Count} month{(months.Count == 1 ? "" : "s")} with values, {months[0].Label} to {months[^1].Label}");
        return months;
    }
}
