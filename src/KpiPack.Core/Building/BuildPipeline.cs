using KpiPack.Core.Appendix;
using KpiPack.Core.Deriving;
using KpiPack.Core.Input;
using KpiPack.Core.Model;
using KpiPack.Core.Packs;
using KpiPack.Core.Validation;

namespace KpiPack.Core.Building;

/// <summary>
/// <c>kpipack build</c> from a read pack to the jobs the editions render: each month derived once with the pack's
/// settings, checked, then one job per appendix and month with its output files. Nothing here writes a file.
/// </summary>
public static class BuildPipeline
{
    /// <summary>The report month's derived table, checked; what <c>validate</c> does and each month of a build.</summary>
    private static DerivedTable DeriveAndCheck(LoadedPack pack, Month month, Findings findings)
    {
        var table = pack.Derive(month);
        PackValidator.CheckMonth(pack, table, findings);
        return table;
    }

    /// <summary>Checks a pack for one report month: its files as a whole, then the month, whose derived table it returns.</summary>
    public static DerivedTable Check(LoadedPack pack, Month month, Month today, Findings findings)
    {
        PackValidator.CheckPack(pack, today, findings);
        return DeriveAndCheck(pack, month, findings);
    }

    /// <summary>
    /// Checks a pack for several report months: its files as a whole once (into <paramref name="wholePack"/>), then
    /// each month on its own, so that what many months share can be told once.
    /// </summary>
    public static IReadOnlyList<(MonthFindings Found, DerivedTable Table)> CheckMonths(LoadedPack pack, IReadOnlyList<Month> months, Month today, Findings wholePack)
    {
        PackValidator.CheckPack(pack, today, wholePack);
        return months.Select(month => CheckOneMonth(pack, month)).ToList();
    }

    private static (MonthFindings Found, DerivedTable Table) CheckOneMonth(LoadedPack pack, Month month)
    {
        var found = new Findings();
        var table = DeriveAndCheck(pack, month, found);
        return (new MonthFindings(month, found.ToList()), table);
    }

    /// <summary>
    /// Plans a build: what is wrong goes into <paramref name="findings"/> (a caller stops on errors before writing);
    /// a request that cannot be met as asked throws <see cref="RequestException"/>.
    /// </summary>
    public static BuildPlan Plan(LoadedPack loaded, BuildRequest request, Month today, Findings findings)
    {
        var pack = PrintableSettings.Clean(WithService(loaded, request.Service), findings);
        var appendices = Choose(pack, request.Appendix);
        if (request.Output is not null && (appendices.Count > 1 || request.Months.Count > 1))
            throw new RequestException("--out names one PDF: use it for one appendix and one month, or set \"output\" in the pack file");
        // The HTML edition and the table go beside the PDF, named after it: anything but a .pdf would be written over.
        if (request.Output is { } output && !output.EndsWith(".pdf", StringComparison.OrdinalIgnoreCase))
            throw new RequestException($"--out {Path.GetFileName(output)}: name a .pdf file (the HTML edition is written beside it, as .html)");

        if (request.Output is not null && request.OutputFolder is not null)
            throw new RequestException("--out names one PDF and --out-dir a folder for all of them: give one or the other");
        RefuseControlCharacters("--out", request.Output);
        RefuseControlCharacters("--out-dir", request.OutputFolder);
        if (request.Output is null)
            foreach (var definition in appendices)
                RefuseControlCharacters(pack, definition);

        PackValidator.CheckPack(loaded, today, findings);
        var records = PrintedRecord.FolderIn(request.OutputFolder ?? (request.Output is { } one ? Path.GetDirectoryName(one)! : pack.Folder));
        var jobs = new List<AppendixJob>();
        var checkedMonths = new List<MonthFindings>();
        foreach (var month in request.Months)
        {
            var (found, table) = CheckOneMonth(loaded, month);
            foreach (var definition in appendices)
            {
                var pdf = request.Output ?? InFolder(pack.OutputFor(definition, month), pack.Folder, request.OutputFolder);
                List<PlannedOutput> outputs = [new(Edition.Pdf, pdf), new(Edition.Html, Path.ChangeExtension(pdf, ".html"))];
                if (request.Csv) outputs.Add(new(Edition.Csv, Path.ChangeExtension(pdf, ".csv")));
                outputs.Add(new(Edition.Record, Path.Combine(records, PrintedRecord.FileName(definition.Number, month))));
                var shown = Shown(definition, table);
                var model = AppendixModel.Of(pack, definition, shown, loaded.Catalogue, loaded.Values);
                jobs.Add(new AppendixJob(model with { Revisions = RevisionsOf(model, jobs, records, findings) }, shown, outputs));
            }
            findings.Add(found.Findings);
            checkedMonths.Add(found);
        }
        var plan = new BuildPlan(loaded, jobs, checkedMonths);
        RefuseOutputsOutside(plan, request, findings);
        return plan;
    }

    /// <summary>
    /// What <paramref name="model"/> prints differently from the most recent earlier appendix of its number: one this
    /// build makes (as its record will stand when the build is done, so building every month twice gives the same
    /// bytes), else the latest record in <paramref name="records"/>. Null when there is neither.
    /// </summary>
    private static RevisionList? RevisionsOf(AppendixModel model, IReadOnlyList<AppendixJob> planned, string records, Findings findings)
    {
        var names = model.Rows.DistinctBy(r => r.Indicator.Ref).ToDictionary(r => r.Indicator.Ref, r => r.Indicator.Name, StringComparer.Ordinal);
        var inBuild = planned.Where(j => j.Appendix.Number == model.Number && j.Month < model.Month).MaxBy(j => j.Month);
        var onDisk = PrintedRecord.LatestBefore(records, model.Number, model.Month, findings);
        if (inBuild is not null && (onDisk is not { } disk || disk.Month <= inBuild.Month))
            return RevisionList.Between(inBuild.Month, inBuild.Appendix.Printed, model.Printed, names);
        return onDisk is { } earlier ? RevisionList.Between(earlier.Month, earlier.Figures, model.Printed, names) : null;
    }

    /// <summary>
    /// The figures each appendix of the pack would print for <paramref name="table"/>'s month that differ from its most
    /// recent earlier record in the pack folder, for validate and derive to tell: appendices with no record are left out.
    /// </summary>
    public static IReadOnlyList<(string Appendix, RevisionList Revisions)> Revisions(LoadedPack loaded, DerivedTable table, Findings findings)
    {
        var records = PrintedRecord.FolderIn(loaded.Pack.Folder);
        var found = new List<(string, RevisionList)>();
        foreach (var definition in loaded.Pack.Appendices)
        {
            var model = AppendixModel.Of(loaded.Pack, definition, Shown(definition, table), loaded.Catalogue, loaded.Values);
            if (RevisionsOf(model, [], records, findings) is { } revisions) found.Add((definition.Number, revisions));
        }
        return found;
    }

    /// <summary>A board appendix shows the indicators its tables list; the others those of their sections.</summary>
    private static DerivedTable Shown(AppendixDefinition definition, DerivedTable table) =>
        definition.Tables.Count > 0 ? table.OnlyRefs(definition.Tables.SelectMany(t => t.Refs)) : table.OnlySections(definition.Sections);

    /// <summary>The pack's name for an output, moved from the pack folder to <paramref name="outputFolder"/> when one is given.</summary>
    private static string InFolder(string path, string packFolder, string? outputFolder) =>
        outputFolder is null ? path : Path.Combine(outputFolder, Path.GetRelativePath(packFolder, path));

    /// <summary>
    /// A control character in a file name (a tab, a bell, NUL) is always a slip: Linux would write a name no one can
    /// type, and other systems refuse it as the file is written. Refused before anything is rendered.
    /// </summary>
    private static void RefuseControlCharacters(string option, string? path)
    {
        if (path is not null && FileNames.FirstControlCharacter(path) is { } c)
            throw new RequestException($"{option} has a control character (U+{(int)c:X4}) that no file name should hold: retype it");
    }

    /// <summary>
    /// The pack's output name for an appendix, checked as the command line's are. Thrown rather than collected: no
    /// later step can even compare such a name with the inputs (.NET refuses a NUL in a path outright).
    /// </summary>
    private static void RefuseControlCharacters(Pack pack, AppendixDefinition definition)
    {
        if (FileNames.FirstControlCharacter(pack.Output.Replace("{appendix}", definition.Number)) is { } c)
            throw new InputException(new InputLocation(pack.File ?? pack.Folder),
                $"appendix {Printable(definition.Number)}'s output name has a control character (U+{(int)c:X4}) that no file name should hold: " +
                "retype \"output\" or the appendix number");
    }

    private static string Printable(string text) => string.Concat(text.Select(c => char.IsControl(c) ? '?' : c));

    /// <summary>
    /// A pack file someone shares must not be able to write anywhere the user can: its outputs stay in the pack
    /// folder, and those of --out-dir (or --out) in the folder named. Where a file really lands is what counts: a
    /// link to a folder elsewhere, or an output that is a link, leads out as surely as "../" does.
    /// </summary>
    private static void RefuseOutputsOutside(BuildPlan plan, BuildRequest request, Findings findings)
    {
        var pack = plan.Pack.Pack;
        var folder = request.Output is { } pdf ? Path.GetDirectoryName(Path.GetFullPath(pdf))! : request.OutputFolder ?? pack.Folder;
        var outside = plan.Jobs.SelectMany(j => j.Outputs.Where(o => !RealPath.IsInside(o.Path, folder)).Select(o => (j.Appendix.Number, Output: o)));
        // One error an appendix for a pack file's name (every month's file leads out alike); one a file for the command line's.
        foreach (var (number, output) in request.Output is null && request.OutputFolder is null ? outside.DistinctBy(o => o.Number) : outside)
        {
            var real = DisplayPath.Of(RealPath.Of(output.Path));
            if (request.Output is null && request.OutputFolder is null)
                findings.Error(new InputLocation(pack.File ?? pack.Folder),
                    $"appendix {Printable(number)}'s output {MessageText.Quoted(pack.Output)} would be written outside the pack folder ({real}): " +
                    "a pack file names files inside its folder; give --out or --out-dir to write elsewhere");
            else
                findings.Error(new InputLocation(DisplayPath.Of(output.Path)),
                    $"this output would be written outside {DisplayPath.Of(folder)}, at {real} (a link or \"..\" leads there): " +
                    "name a file in the folder itself, or remove the link");
        }
    }

    private static string AppendixOf(BuildPlan plan, PlannedOutput output) =>
        plan.Jobs.First(j => j.Outputs.Contains(output)).Appendix.Number;

    /// <summary>No output may be one of the pack's own files: the catalogue, the workbook and the pack file are only ever read.</summary>
    public static void RefuseOutputsOverInputs(BuildPlan plan, Findings findings)
    {
        var pack = plan.Pack.Pack;
        var inputs = new (string Name, string? Path)[] { ("catalogue", pack.PathOf(pack.Catalogue)), ("workbook", pack.PathOf(pack.Workbook)), ("pack file", pack.File) };
        foreach (var output in plan.Outputs)
            foreach (var (name, path) in inputs.Where(i => i.Path is not null && SameFile(i.Path, output.Path)))
                findings.Error(new InputLocation(DisplayPath.Of(output.Path)), $"this output is the pack's {name}: writing it would destroy the {name}; choose another output name");
    }

    // As files, not text: through a link to the pack folder, a hard link or another letter case, one file is one file.
    private static bool SameFile(string a, string b) => RealPath.SameFile(a, b);

    /// <summary>The service named on every page: as asked, else the pack's; without a pack file, the catalogue's first section, as in the council's appendix.</summary>
    private static Pack WithService(LoadedPack loaded, string? service)
    {
        var name = service
            ?? (loaded.Pack.File is null ? loaded.Catalogue.Indicators.Select(i => i.Section).FirstOrDefault(s => s.Length > 0) : null);
        return name is null ? loaded.Pack : loaded.Pack with { Service = name };
    }

    /// <summary>All the pack's appendices, or the one asked for (or, for a pack of one, that one renumbered).</summary>
    private static IReadOnlyList<AppendixDefinition> Choose(Pack pack, string? number)
    {
        if (number is null) return pack.Appendices;
        var named = pack.Appendices.Where(a => a.Number == number).ToList();
        if (named.Count > 0) return named;
        if (pack.Appendices.Count == 1) return [pack.Appendices[0] with { Number = number }];
        throw new RequestException($"--appendix {number}: the pack has appendices {string.Join(", ", pack.Appendices.Select(a => a.Number))}");
    }
}
