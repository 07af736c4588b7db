using KpiPack.Core.Importing;
using KpiPack.Core.Input;
using KpiPack.Core.Packs;

namespace KpiPack.Cli.Commands;

/// <summary>
/// <c>kpipack init DIR --from APPENDIX.xlsx</c>: a pack made from the appendix sheet a council keeps today, saying what
/// was read and what was left out, with a second opinion on the council's own derived figures.
/// </summary>
internal static class InitFromAppendix
{
    public static int Run(DirectoryInfo target, string appendixPath, string? sheet, TextWriter stdout)
    {
        var appendix = AppendixSheetReader.Read(DisplayPath.Of(appendixPath), sheet);
        var files = PackFromAppendix.Files(appendix);
        InitCommand.RefuseAPack(target, [.. files.Select(f => f.File), SecondOpinion.FileName]);
        InitCommand.MakePack(target, files.Select(f => (f.File, (Action<Stream>)(s => s.Write(f.Bytes)))).ToList());

        stdout.WriteLine($"made a pack in {target.FullName} from sheet '{appendix.Sheet}' of {appendixPath}: " +
            $"{string.Join(", ", files.Select(f => f.File))}");
        stdout.WriteLine($"read {appendix.Indicators.Count} indicators in {appendix.Sections.Count} " +
            $"{(appendix.Sections.Count == 1 ? "section" : "sections")} ({string.Join(", ", appendix.Sections)}), " +
            $"{appendix.Months.Count} months to {appendix.ReportMonth.Label}" +
            (appendix.AgendaItem is null ? "" : $", agenda item {appendix.AgendaItem}") +
            (appendix.AppendixNumber is null ? "" : $", appendix {appendix.AppendixNumber}") +
            (appendix.BenchmarkCaption.Length == 0 ? "" : $", benchmarks \"{appendix.BenchmarkCaption}\""));
        stdout.WriteLine("recognised:");
        foreach (var line in appendix.Recognised) stdout.WriteLine($"  {line}");
        stdout.WriteLine(appendix.LeftOut.Count == 0 ? "left out: nothing" : "left out:");
        foreach (var line in appendix.LeftOut) stdout.WriteLine($"  {line}");

        // The second opinion reads the new pack back as every other command will, so it checks the files written.
        var findings = new Findings();
        var pack = LoadedPack.Load(PackFile.Load(target.FullName), findings);
        if (pack is null)
        {
            stdout.WriteLine("the new pack cannot be read back, so there is no second opinion: run 'kpipack validate' there");
            FindingReport.Write(stdout, findings);
            return ExitCodes.DataError;
        }
        var opinion = SecondOpinion.Compare(appendix, pack.Derive(appendix.ReportMonth));
        var differences = opinion.Differences;
        var file = Path.Combine(target.FullName, SecondOpinion.FileName);
        InitCommand.MakePack(target, [(SecondOpinion.FileName, s => s.Write(SecondOpinion.Csv(differences)))]);
        stdout.WriteLine($"second opinion: {differences.Count} of {opinion.Compared} printed derived figures for {appendix.ReportMonth.Label} " +
            $"{(differences.Count == 1 ? "differs" : "differ")} from what the council's rules give from the printed values" +
            (differences.Count == 0 ? "" : $" ({differences.Count(d => d.WithinRounding)} of them within what rounding of the printed values allows)") +
            $": {file}" +
            (opinion.NotComparable == 0 ? "" : $"; {opinion.NotComparable} could not be compared, as the sheet does not print the months they need"));
        if (findings.Count > 0) FindingReport.Write(stdout, findings);
        stdout.WriteLine($"next: check {PackFromAppendix.Catalogue} and run 'kpipack build --month {appendix.ReportMonth}' there");
        return ExitCodes.Ok;
    }
}
