using System.CommandLine;
using System.Diagnostics;
using KpiPack.Core.Building;
using KpiPack.Core.Drafting;
using KpiPack.Core.Input;
using KpiPack.Core.Model;
using KpiPack.Core.Packs;
using KpiPack.Core.Validation;
using KpiPack.Rendering.Editions;
using KpiPack.Rendering.Pdf;

namespace KpiPack.Cli.Commands;

/// <summary>
/// <c>kpipack build</c>: checks the pack, then writes each appendix PDF a clerk attaches to the agenda (or, with
/// --check, says which files on disk are not what a build would write). Options override the pack file.
/// </summary>
internal static class BuildCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr, TimeProvider clock)
    {
        var pack = new PackOptions();
        var allMonths = new Option<bool>("--all-months") { Description = "Build every month that has values: one line a month, then the warnings once." };
        var output = new Option<FileInfo?>("--out")
        {
            Description = "The PDF to write, instead of the pack's file name (one appendix of one month); its HTML edition goes beside it.",
        };
        var outputFolder = new Option<DirectoryInfo?>("--out-dir")
        {
            Description = "The folder to write into, instead of the pack folder (it must exist); the files keep the pack's names.",
        };
        var agendaItem = new Option<string?>("--agenda-item") { Description = "Agenda item number for the stamp at the top right, e.g. 7." };
        var appendix = new Option<string?>("--appendix")
        {
            Description = "Build only this appendix of the pack (or, for a pack of one, give its number for the stamp).",
        };
        var months = new Option<int?>("--months")
        {
            Description = $"How many months of values to show, {Pack.FewestMonths} to {Pack.MostMonths} (13 puts the same month last year in view).",
            CustomParser = result =>
            {
                var text = result.Tokens.Count > 0 ? result.Tokens[0].Value : "";
                if (!int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var count))
                    result.AddError($"--months '{text}' is not a whole number");
                else if (Pack.MonthsProblem(count) is { } problem)
                    result.AddError($"--months {problem}");
                return count;
            },
        };
        var pageSize = new Option<PageSize?>("--page-size")
        {
            Description = "A4 or A3, landscape.",
            CustomParser = result =>
            {
                var text = result.Tokens.Count > 0 ? result.Tokens[0].Value : "";
                if (Enum.TryParse<PageSize>(text, ignoreCase: true, out var size) && Enum.IsDefined(size) && !int.TryParse(text, out _)) return size;
                result.AddError($"--page-size '{text}' is not A4 or A3");
                return null;
            },
        };
        var service = new Option<string?>("--service") { Description = "The service named on every page." };
        var caption = new Option<string?>("--caption") { Description = "Where the benchmarks come from, e.g. \"Updated Mar-19, using 17-18 data\"." };
        var author = new Option<string?>("--author") { Description = "The author recorded in the PDF's properties." };
        var csv = new Option<bool>("--csv") { Description = "Also write the derived table as a .csv beside each PDF and HTML file, safe to open in a spreadsheet." };
        var strict = new Option<bool>("--strict") { Description = "Treat warnings as errors: build nothing if there are any." };
        var check = new Option<bool>("--check")
        {
            Description = "Write nothing: build in memory and say which outputs on disk are missing or differ (exit code 1 if any).",
        };

        var command = new Command("build",
            "Check the pack, then write each appendix as a landscape PDF for the agenda pack and an accessible HTML edition\n" +
            "beside it (same name, .html); with --csv, the derived figures as .csv too. Every file written is listed.\n" +
            "Examples:\n" +
            "  kpipack build --month 2020-06                  (in a pack folder)\n" +
            "  kpipack build --pack samples/children-and-families --all-months\n" +
            "  kpipack build --all-months --check             (in CI: are the appendices up to date?)\n" +
            "  kpipack build --month 2019-06 --catalogue catalogue.csv --workbook workbook.xlsx --out appendix-1.pdf --agenda-item 7 --appendix 1");
        pack.AddTo(command);
        foreach (var option in new Option[] { allMonths, output, outputFolder, agendaItem, appendix, months, pageSize, service, caption, author, csv, strict, check })
            command.Options.Add(option);

        command.SetAction(parsed =>
        {
            var stopwatch = Stopwatch.StartNew();
            PdfEdition.Prepare();
            var timings = new Timings(stderr, parsed.GetValue<bool>("--verbose"));
            timings.Mark("command line read");
            var settings = pack.Resolve(parsed);
            settings = settings with
            {
                AgendaItem = parsed.GetValue(agendaItem) ?? settings.AgendaItem,
                Months = parsed.GetValue(months) ?? settings.Months,
                PageSize = parsed.GetValue(pageSize) ?? settings.PageSize,
                BenchmarkCaption = parsed.GetValue(caption) ?? settings.BenchmarkCaption,
                Author = parsed.GetValue(author) ?? settings.Author,
            };
            timings.Mark("pack file read");
            var findings = new Findings();
            var loaded = PackOptions.Load(settings, findings);
            timings.Mark("catalogue and workbook read");

            if (parsed.GetValue(allMonths) && parsed.GetValue(pack.Month) is not null)
                throw new UsageException("--month and --all-months: give one or the other");
            var request = new BuildRequest
            {
                Months = parsed.GetValue(allMonths) ? AllMonths(loaded) : [pack.ReportMonth(parsed, loaded, stdout, "building")],
                Appendix = parsed.GetValue(appendix),
                Output = parsed.GetValue(output)?.FullName,
                OutputFolder = parsed.GetValue(outputFolder)?.FullName,
                Service = parsed.GetValue(service),
                Csv = parsed.GetValue(csv),
            };
            var checking = parsed.GetValue(check);
            var plan = BuildPipeline.Plan(loaded, request, Month.FromDate(clock.GetUtcNow().UtcDateTime), findings);
            BuildPipeline.RefuseOutputsOverInputs(plan, findings);
            PrintableText.Check(loaded, PdfEdition.MissingCharacters, findings);
            // Output folders and names matter only when writing; for --check a missing file is simply missing.
            if (!checking) RequireWritableOutputs(plan, findings);
            var hint = DraftHint.For(loaded.Pack, plan.Jobs.Select(j => j.Table));
            var refused = findings.HasErrors || (parsed.GetValue(strict) && findings.Count > 0);
            var headings = new ShortenedHeadings(parsed.GetValue(service) is not null, parsed.GetValue(caption) is not null,
                parsed.GetValue(agendaItem) is not null, parsed.GetValue(appendix) is not null && settings.Appendices.Count == 1);
            var report = new Reporting(stdout, stderr, headings, parsed.GetValue(strict));
            if (plan.Months.Count > 1)
            {
                // Many months: a warning they share is told once; after the summary of each month when the build goes ahead.
                var warnings = Grouped(findings, plan).Where(f => f.Severity == Severity.Warning).ToList();
                void TellWarnings()
                {
                    FindingReport.Write(stderr, warnings, "run 'kpipack validate --all-months' to see them all");
                    if (hint is not null) stderr.WriteLine($"kpipack: {hint}");
                }
                if (refused || checking) TellWarnings();
                if (refused) return Refused(findings, stderr);
                timings.Mark("pack checked");
                if (checking) return CompareWithDisk(plan, report, timings);
                var files = Write(plan, report, timings);
                TellWarnings();
                return files is { } count ? Built(plan, count, stdout, stopwatch) : ExitCodes.DataError;
            }
            FindingReport.Write(stderr, findings.Warnings, $"run 'kpipack validate --month {request.Months[0]}' to see them all");
            if (hint is not null) stderr.WriteLine($"kpipack: {hint}");
            if (refused) return Refused(findings, stderr);
            timings.Mark("pack checked");
            if (checking) return CompareWithDisk(plan, report, timings);
            return Write(plan, report, timings) is { } written ? Built(plan, written, stdout, stopwatch) : ExitCodes.DataError;
        });
        return command;
    }

    private static int Refused(Findings findings, TextWriter stderr)
    {
        FindingReport.Write(stderr, findings.Errors);
        stderr.WriteLine($"kpipack: nothing was built: {Count(findings.Errors.Count(), "error")}, {Count(findings.Warnings.Count(), "warning")}");
        return ExitCodes.DataError;
    }

    /// <summary>The findings of a build of many months: what holds for the pack once, then each month's, shared ones once.</summary>
    private static IReadOnlyList<GroupedFinding> Grouped(Findings findings, BuildPlan plan)
    {
        var ofMonths = plan.Months.SelectMany(m => m.Findings).ToHashSet();
        return FindingGroups.Of(findings.Where(f => !ofMonths.Contains(f)), plan.Months);
    }

    /// <summary>
    /// Renders every output in memory first, so that an appendix that cannot be laid out stops the build before any
    /// file is written; then writes each through a temporary file, so a failure leaves the earlier copy as it was.
    /// One line per appendix for one month; one line per month, with its warnings counted, for many. Returns how many
    /// files were written, or null when --strict refuses headings that print shortened.
    /// </summary>
    private static int? Write(BuildPlan plan, Reporting report, Timings timings)
    {
        var stdout = report.Stdout;
        var rendered = RenderStep.RenderAll(plan);
        timings.Mark("rendered");
        if (report.RefusesShortenedHeadings(plan, rendered.SelectMany(r => r.Files.Select(f => (r.Job, f))))) return null;
        if (plan.Months.Count > 1)
        {
            for (var i = 0; i < plan.Months.Count; i++)
            {
                var month = plan.Months[i];
                var jobs = rendered.Where(r => r.Job.Month == month.Month).Select(r => (r.Job, Files: r.Files)).ToList();
                foreach (var (_, files) in jobs) WriteFiles(files);
                jobs = [.. jobs.Select(j => (j.Job, Editions(j.Files)))];
                timings.Mark($"{month.Month.Label} written");
                stdout.WriteLine($"[{i + 1}/{plan.Months.Count}] {month.Month.Label}: wrote {Summary(jobs.SelectMany(j => j.Files).ToList())}; " +
                    Count(month.Warnings, "warning"));
                foreach (var (job, _) in jobs) RevisionReport.Write(stdout, job.Appendix.Number, job.Month, job.Appendix.Revisions);
            }
        }
        else
        {
            for (var i = 0; i < rendered.Count; i++)
            {
                var (job, files) = rendered[i];
                WriteFiles(files);
                var progress = rendered.Count > 1 ? $"[{i + 1}/{rendered.Count}] " : "";
                timings.Mark($"{Path.GetFileName(job.Pdf)} written");
                stdout.WriteLine($"{progress}appendix {job.Appendix.Number}, {job.Month.Label}: wrote {string.Join(", ", Editions(files).Select(Described))}");
                RevisionReport.Write(stdout, job.Appendix.Number, job.Month, job.Appendix.Revisions);
            }
        }
        return rendered.Sum(r => Editions(r.Files).Count);
    }

    /// <summary>The files a reader opens (PDF, HTML, CSV), without the record of printed figures written with them.</summary>
    private static IReadOnlyList<RenderedOutput> Editions(IReadOnlyList<RenderedOutput> files) =>
        files.Where(f => f.Output.Edition != Edition.Record).ToList();

    private static int Built(BuildPlan plan, int written, TextWriter stdout, Stopwatch stopwatch)
    {
        // The records of printed figures are the build's memory, not its editions: named once, by their folder.
        var records = plan.Outputs.Where(o => o.Edition == Edition.Record).Select(o => DisplayPath.Of(Path.GetDirectoryName(o.Path)!)).Distinct();
        stdout.WriteLine($"built {Count(plan.Jobs.Count, "appendix", "appendices")} ({Count(written, "file")}) in {stopwatch.Elapsed.TotalSeconds:F1} s; " +
            $"the figures printed are recorded in {string.Join(", ", records.Select(r => r + Path.DirectorySeparatorChar))}");
        return ExitCodes.Ok;
    }

    /// <summary>"4 files (appendix-1-2020-06.pdf, appendix-2-2020-06.pdf, each with its .html)": a month's files in short.</summary>
    private static string Summary(IReadOnlyList<RenderedOutput> files)
    {
        var pdfs = files.Where(f => f.Output.Edition == Edition.Pdf).Select(f => DisplayPath.Of(f.Output.Path));
        var others = files.Where(f => f.Output.Edition != Edition.Pdf).Select(f => Path.GetExtension(f.Output.Path)).Distinct().ToList();
        var with = others.Count == 0 ? "" : $", each with its {string.Join(" and ", others)}";
        return $"{Count(files.Count, "file")} ({string.Join(", ", pdfs)}{with})";
    }

    /// <summary>
    /// Builds in memory and compares with the files on disk, byte for byte: the builds are reproducible, so any
    /// difference is real. Everything is rendered, present on disk or not, so a build that would fail fails here too.
    /// </summary>
    private static int CompareWithDisk(BuildPlan plan, Reporting report, Timings timings)
    {
        var stdout = report.Stdout;
        // The appendices, not the records of printed figures: a pack built before there were records is still current.
        var outputs = RenderStep.RenderAll(plan).SelectMany(r => Editions(r.Files).Select(file => (r.Job, Rendered: file))).ToList();
        if (report.RefusesShortenedHeadings(plan, outputs)) return ExitCodes.DataError;
        var stale = 0;
        foreach (var (job, rendered) in outputs)
        {
            var output = rendered.Output;
            var state = DiskComparison.Difference(output.Path, rendered.Bytes);
            if (state is null) continue;
            stale++;
            stdout.WriteLine($"{DisplayPath.Of(output.Path)}: {state} (appendix {job.Appendix.Number}, {job.Month.Label})");
        }
        timings.Mark("outputs compared");
        stdout.WriteLine(stale == 0
            ? $"all {Count(outputs.Count, "output")} are current"
            : $"{stale} of {Count(outputs.Count, "output")} not current: run 'kpipack build' without --check to write them");
        return stale == 0 ? ExitCodes.Ok : ExitCodes.Stale;
    }

    /// <summary>Every month that has values; none is an error, as it is for a single month.</summary>
    private static IReadOnlyList<Month> AllMonths(LoadedPack loaded) =>
        loaded.MonthsWithValues is { Count: > 0 } months
            ? months
            : throw new InputException(new InputLocation(loaded.Values.SourceFile), "the workbook has no values yet");

    /// <summary>
    /// Before writing: every output's name must fit, nothing but a file may stand where it goes, and every folder the
    /// build writes into must exist and take new files. All are checked before any file is replaced, so a refused build
    /// writes nothing at all and a folder the user cannot write to is said as such, not as a failed write.
    /// </summary>
    private static void RequireWritableOutputs(BuildPlan plan, Findings findings)
    {
        // 255 bytes is the longest name ext4, NTFS, APFS and their kind take; a longer one fails only as it is written.
        foreach (var output in plan.Outputs.Where(o => System.Text.Encoding.UTF8.GetByteCount(Path.GetFileName(o.Path)) > 255))
            findings.Error(new InputLocation(Path.GetDirectoryName(output.Path)!),
                $"the output name '{Path.GetFileName(output.Path)[..40]}...' is longer than a file name can be (255 bytes): choose a shorter --out or \"output\"");
        // A folder where a file should go would fail only at its rename, after other appendices were replaced.
        foreach (var output in plan.Outputs.Where(o => Directory.Exists(o.Path)))
            findings.Error(new InputLocation(DisplayPath.Of(output.Path)), "this output is a folder, which no file can replace: choose another output name, or move the folder");
        // The record of printed figures goes in a folder of its own, made as it is first written: its parent must exist.
        foreach (var folder in plan.Outputs.Select(o => Path.GetDirectoryName(o.Edition == Edition.Record && !Directory.Exists(Path.GetDirectoryName(o.Path))
                     ? Path.GetDirectoryName(o.Path)! : o.Path)!).Distinct())
        {
            if (File.Exists(folder))
                findings.Error(new InputLocation(folder), "this output folder is a file, not a folder: choose another output");
            else if (!Directory.Exists(folder))
                findings.Error(new InputLocation(folder), "this output folder does not exist: create it, or choose another output");
            else if (OutputFolder.RefusesNewFiles(folder) is { } reason)
                findings.Error(new InputLocation(folder), $"this output folder cannot be written to ({reason}): choose another output, or ask for write access");
        }
    }

    /// <summary>An appendix's files replaced together: never a new PDF beside last month's HTML.</summary>
    private static void WriteFiles(IReadOnlyList<RenderedOutput> files)
    {
        var made = files.Where(f => f.Output.Edition == Edition.Record).Select(f => Path.GetDirectoryName(f.Output.Path)!)
            .Distinct().Where(folder => !Directory.Exists(folder)).ToList();
        try
        {
            foreach (var folder in made) Directory.CreateDirectory(folder);
            AtomicFile.WriteTogether(files.Select(f => (f.Output.Path, (Action<Stream>)(stream => stream.Write(f.Bytes)))).ToList());
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A failed build leaves nothing behind, not even the records' folder it made.
            foreach (var folder in made.Where(f => Directory.Exists(f) && !Directory.EnumerateFileSystemEntries(f).Any())) Directory.Delete(folder);
            var names = string.Join(", ", files.Select(f => DisplayPath.Of(f.Output.Path)));
            throw new OutputException($"could not write {names}: {e.Message} (any earlier copy is unchanged)");
        }
    }

    /// <summary>Where a build reports, and how strictly it takes the warnings only rendering can find.</summary>
    private sealed record Reporting(TextWriter Stdout, TextWriter Stderr, ShortenedHeadings Headings, bool Strict)
    {
        /// <summary>Says which headings print shortened; true when --strict makes that a reason to write nothing.</summary>
        public bool RefusesShortenedHeadings(BuildPlan plan, IEnumerable<(AppendixJob Job, RenderedOutput File)> rendered)
        {
            var warnings = Headings.Warnings(plan, rendered);
            foreach (var warning in warnings) Stderr.WriteLine($"kpipack: warning: {warning}");
            if (!Strict || warnings.Count == 0) return false;
            Stderr.WriteLine($"kpipack: nothing was built: {Count(warnings.Count, "warning")} with --strict");
            return true;
        }
    }

    /// <summary>"appendix-1-2020-06.pdf (6 pages, 77 KB)": the name, and the pages where a file has them.</summary>
    private static string Described(RenderedOutput file)
    {
        var size = $"{file.Bytes.Length / 1024.0:F0} KB";
        return $"{DisplayPath.Of(file.Output.Path)} ({(file.Output.Edition == Edition.Pdf ? $"{Count(file.Pages, "page")}, {size}" : size)})";
    }

    private static string Count(int n, string noun, string? plural = null) => $"{n} {(n == 1 ? noun : plural ?? noun + "s")}";
}
