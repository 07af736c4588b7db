using System.CommandLine;
using System.Diagnostics;
using KpiPack.Core.Input;
using KpiPack.Core.Model;
using KpiPack.Core.Output;
using KpiPack.Core.Packs;
using KpiPack.Rendering.Appendix;
using KpiPack.Rendering.Html;
using KpiPack.Rendering.Pdf;

namespace KpiPack.Cli.Commands;

/// <summary>
/// <c>kpipack build</c>: checks the pack, then writes each appendix PDF a clerk attaches to the agenda.
/// Options given on the command line override the pack file.
/// </summary>
internal static class BuildCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var pack = new PackOptions();
        var allMonths = new Option<bool>("--all-months") { Description = "Build every month that has values." };
        var output = new Option<FileInfo?>("--out") { Description = "The PDF to write, instead of the pack's file name (one appendix only)." };
        var agendaItem = new Option<string?>("--agenda-item") { Description = "Agenda item number for the stamp at the top right, e.g. 7." };
        var appendix = new Option<string?>("--appendix")
        {
            Description = "Build only this appendix of the pack (or, for a pack of one, give its number for the stamp).",
        };
        var months = new Option<int?>("--months") { Description = "How many months of values to show (13 puts the same month last year in view)." };
        months.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int?>() is < 2 or > 24) result.AddError("--months must be from 2 to 24");
        });
        var pageSize = new Option<PageSize?>("--page-size") { Description = "A4 or A3, landscape." };
        var service = new Option<string?>("--service") { Description = "The service named on every page." };
        var caption = new Option<string?>("--caption") { Description = "Where the benchmarks come from, e.g. \"Updated Mar-19, using 17-18 data\"." };
        var author = new Option<string?>("--author") { Description = "The author recorded in the PDF's properties." };
        var csv = new Option<bool>("--csv") { Description = "Also write the derived table as a .csv beside each PDF, safe to open in a spreadsheet." };
        var strict = new Option<bool>("--strict") { Description = "Treat warnings as errors: build nothing if there are any." };

        var command = new Command("build",
            "Check the pack, then write its appendices as landscape PDFs.\n" +
            "Examples:\n" +
            "  kpipack build --month 2020-06                  (in a pack folder)\n" +
            "  kpipack build --pack samples/children-and-families --all-months\n" +
            "  kpipack build --month 2019-06 --catalogue catalogue.csv --workbook workbook.xlsx --out appendix-1.pdf --agenda-item 7 --appendix 1");
        pack.AddTo(command);
        foreach (var option in new Option[] { allMonths, output, agendaItem, appendix, months, pageSize, service, caption, author, csv, strict })
            command.Options.Add(option);

        command.SetAction(parsed =>
        {
            var clock = Stopwatch.StartNew();
            var timings = new Timings(stderr, parsed.GetValue<bool>("--verbose"));
            timings.Mark("command line read");
            var settings = pack.Resolve(parsed);
            settings = settings with
            {
                AgendaItem = parsed.GetValue(agendaItem) ?? settings.AgendaItem,
                Months = parsed.GetValue(months) ?? settings.Months,
                PageSize = parsed.GetValue(pageSize)?.ToString() ?? settings.PageSize,
                BenchmarkCaption = parsed.GetValue(caption) ?? settings.BenchmarkCaption,
                Author = parsed.GetValue(author) ?? settings.Author,
                Appendices = ChooseAppendices(settings, parsed.GetValue(appendix)),
            };
            var findings = new Findings();
            timings.Mark("pack file read");
            var loaded = PackOptions.Load(settings, findings);
            timings.Mark("catalogue and workbook read");
            // Without a pack file the service is the catalogue's first section, as in the council's appendix.
            var serviceName = parsed.GetValue(service)
                ?? (settings.File is null ? loaded.Catalogue.Indicators.Select(i => i.Section).FirstOrDefault(s => s.Length > 0) : null);
            if (serviceName is not null) loaded = loaded with { Pack = settings with { Service = serviceName } };
            settings = loaded.Pack;

            var outputFile = parsed.GetValue(output);
            if (outputFile is not null && (settings.Appendices.Count > 1 || parsed.GetValue(allMonths)))
                throw new UsageException("--out names one PDF: use it for one appendix and one month, or set \"output\" in the pack file");

            var reportMonths = parsed.GetValue(allMonths)
                ? loaded.MonthsWithValues
                : [pack.ReportMonth(parsed, loaded, stdout)];

            var jobs = reportMonths
                .SelectMany(month => settings.Appendices.Select(definition =>
                    (Month: month, Definition: definition, Path: outputFile?.FullName ?? settings.OutputFor(definition, month))))
                .ToList();

            // Check every month and every output first: a refused build writes nothing at all.
            foreach (var month in reportMonths) loaded.Check(month, findings);
            foreach (var folder in jobs.Select(j => Path.GetDirectoryName(j.Path)!).Distinct().Where(f => !Directory.Exists(f)))
                findings.Error(new InputLocation(folder), "this output folder does not exist: create it, or choose another output");
            FindingReport.Write(stderr, findings.Warnings, "run 'kpipack validate' to see them all");
            if (findings.HasErrors || (parsed.GetValue(strict) && findings.Count > 0))
            {
                FindingReport.Write(stderr, findings.Errors);
                stderr.WriteLine($"kpipack: nothing was built: {Count(findings.Errors.Count(), "error")}, {Count(findings.Warnings.Count(), "warning")}");
                return ExitCodes.DataError;
            }

            timings.Mark("pack checked");
            for (var i = 0; i < jobs.Count; i++)
            {
                var (month, definition, path) = jobs[i];
                var result = Write(loaded, definition, month, path, parsed.GetValue(csv));
                var progress = jobs.Count > 1 ? $"[{i + 1}/{jobs.Count}] " : "";
                timings.Mark($"{Path.GetFileName(path)} written");
                stdout.WriteLine($"{progress}wrote {DisplayPath.Of(path)}: appendix {definition.Number}, {month.Label}, {Count(result.Pages, "page")}, {result.Bytes / 1024.0:F0} KB");
            }
            stdout.WriteLine($"built {Count(jobs.Count, "PDF")} in {clock.Elapsed.TotalSeconds:F1} s");
            return ExitCodes.Ok;
        });
        return command;
    }

    private static RenderResult Write(LoadedPack loaded, AppendixDefinition definition, Month month, string path, bool csv)
    {
        var pack = loaded.Pack;
        var report = AppendixReport.Derive(loaded.Catalogue, loaded.Values, month, pack.Spc).OnlySections(definition.Sections);
        var options = new AppendixOptions
        {
            Service = pack.TitleOf(definition),
            BenchmarkCaption = pack.BenchmarkCaption,
            Author = pack.Author,
            AgendaItem = pack.AgendaItem,
            AppendixNumber = definition.Number,
            MonthsShown = pack.Months,
            PageSize = Enum.Parse<PageSize>(pack.PageSize),
            Parts = definition.Parts,
        };
        RenderResult? result = null;
        WriteFile(path, stream => result = AppendixPdf.Write(report, options, stream));
        // The accessible edition: a PDF from Skia cannot be tagged, so every PDF has an HTML twin.
        WriteFile(Path.ChangeExtension(path, ".html"), stream => AppendixHtml.Write(report, options, stream));
        if (csv)
            WriteFile(Path.ChangeExtension(path, ".csv"), stream =>
            {
                using var writer = new StreamWriter(stream);
                DerivedTableWriter.WriteSpreadsheetCsv(report.Table, writer);
            });
        return result!;
    }

    private static void WriteFile(string path, Action<Stream> write)
    {
        try
        {
            AtomicFile.Write(path, write);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new OutputException($"could not write {DisplayPath.Of(path)}: {e.Message} (any earlier copy is unchanged)");
        }
    }

    /// <summary>All the pack's appendices, or the one --appendix names (or renumbers, for a pack of one).</summary>
    private static IReadOnlyList<AppendixDefinition> ChooseAppendices(Pack pack, string? number)
    {
        if (number is null) return pack.Appendices;
        var named = pack.Appendices.Where(a => a.Number == number).ToList();
        if (named.Count > 0) return named;
        if (pack.Appendices.Count == 1) return [pack.Appendices[0] with { Number = number }];
        throw new UsageException($"--appendix {number}: the pack has appendices {string.Join(", ", pack.Appendices.Select(a => a.Number))}");
    }

    private static string Count(int n, string noun) => $"{n} {noun}{(n == 1 ? "" : "s")}";
}
