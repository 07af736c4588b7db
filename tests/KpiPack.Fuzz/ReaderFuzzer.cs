using KpiPack.Core.Building;
using KpiPack.Core.Input;
using KpiPack.Core.Model;
using KpiPack.Core.Packs;

namespace KpiPack.Fuzz;

/// <summary>One fuzzing loop: mutate a seed, read it the way a build does, and sort the outcome.</summary>
internal sealed class ReaderFuzzer(IReadOnlyList<Seed> seeds, Random random, string crashFolder)
{
    private readonly Mutator _mutator = new(random);
    private readonly string _scratch = Directory.CreateTempSubdirectory("kpipack-fuzz-").FullName;
    private readonly Catalogue _catalogue = CatalogueReader.Read(Path.Combine(Repository.Root(), "samples", "children-and-families", "catalogue.csv"));

    public int Runs { get; private set; }
    public int Accepted { get; private set; }
    public int Refused { get; private set; }
    public int Crashes { get; private set; }

    public void RunOne()
    {
        var seed = seeds[random.Next(seeds.Count)];
        var input = _mutator.Mutate(seed);
        var path = Path.Combine(_scratch, seed.Kind + seed.Extension);
        File.WriteAllBytes(path, input);
        Runs++;
        try
        {
            var findings = new Findings();
            if (seed.Kind == "catalogue")
            {
                var catalogue = CatalogueReader.Read(path, findings);
                if (catalogue is not null && !findings.HasErrors)
                {
                    Exercise(catalogue, new MonthlyValues(path, new Dictionary<(string, Month), Observation>(), new Dictionary<(string, Month), string>()), findings);
                    // With its own workbook, so that a mutated formula is computed every month, not only parsed. The
                    // workbook's findings (refs the mutation removed) are the pair's, not the catalogue's.
                    var pairFindings = new Findings();
                    var values = WorkbookReader.Read(WorkbookBeside(seed), catalogue, pairFindings);
                    if (values is not null && !pairFindings.HasErrors) Exercise(catalogue, values, pairFindings);
                }
            }
            else
            {
                var values = WorkbookReader.Read(path, CatalogueFor(seed), findings);
                if (values is not null && !findings.HasErrors) Exercise(CatalogueFor(seed), values, findings);
            }
            if (findings.HasErrors) Refused++; else Accepted++;
        }
        catch (InputException)
        {
            Refused++;
        }
        catch (Exception e)
        {
            Crashes++;
            Directory.CreateDirectory(crashFolder);
            var saved = Path.Combine(crashFolder, $"crash-{Runs}{seed.Extension}");
            File.WriteAllBytes(saved, input);
            Console.WriteLine($"crash: {e.GetType().Name}: {e.Message} (input saved as {saved})\n  {string.Join(" | ", (e.StackTrace ?? "").Split('\n').Take(4).Select(l => l.Trim()))}");
        }
    }

    /// <summary>What a build does with what it read: derive every month and check the latest.</summary>
    private static void Exercise(Catalogue catalogue, MonthlyValues values, Findings findings)
    {
        var sources = new SourceMap(catalogue.SourceFile, new Dictionary<string, InputLocation>(), values.SourceFile, new Dictionary<(string, Month), InputLocation>());
        var pack = new LoadedPack(new Pack { Folder = Path.GetDirectoryName(values.SourceFile)! }, catalogue, values, sources);
        foreach (var month in values.Months) pack.Derive(month);
        var latest = values.Months.Count > 0 ? values.Months[^1] : new Month(2020, 6);
        BuildPipeline.Check(pack, latest, new Month(2026, 11), findings);
    }

    /// <summary>The workbook in the catalogue's folder, else the corpus base's (a corpus case that changes only the catalogue).</summary>
    private static string WorkbookBeside(Seed seed) =>
        Directory.EnumerateFiles(seed.Folder, "workbook.*").FirstOrDefault()
        ?? Path.Combine(Repository.Root(), "tests", "KpiPack.Tests", "Corpus", "_base", "workbook.csv");

    // Workbooks from the corpus belong with its base catalogue; the others with the sample's.
    private Catalogue CatalogueFor(Seed seed) => _corpusCatalogue.Value is { } corpus && seed.Bytes.AsSpan().IndexOf("M3,"u8) >= 0 && seed.Extension == ".csv" ? corpus : _catalogue;

    private readonly Lazy<Catalogue?> _corpusCatalogue = new(() =>
        CatalogueReader.Read(Path.Combine(Repository.Root(), "tests", "KpiPack.Tests", "Corpus", "_base", "catalogue.csv")));
}
