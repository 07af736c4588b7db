using System.Security.Cryptography;
using KpiPack.Tests.Support;

namespace KpiPack.Tests.Cli;

/// <summary>
/// The corpus of broken inputs in Corpus/: each folder holds the files that differ from Corpus/_base and a
/// case.txt saying what to run and exactly what must come out. Every case runs through the real CLI.
/// </summary>
public class CorpusTests
{
    private static string Root => Path.Combine(RepoPaths.Root, "tests", "KpiPack.Tests", "Corpus");

    private static IEnumerable<TestCaseData> Cases() =>
        Directory.GetDirectories(Root)
            .Select(Path.GetFileName)
            .Where(name => !name!.StartsWith('_'))
            .Order()
            .Select(name => new TestCaseData(name).SetName($"Corpus {name}"));

    [Test]
    public void Has_at_least_thirty_cases() => Assert.That(Cases().Count(), Is.GreaterThanOrEqualTo(30));

    [TestCaseSource(nameof(Cases))]
    public void Gives_exactly_the_expected_outcome(string name)
    {
        var spec = CaseSpec.Read(Path.Combine(Root, name, "case.txt"));
        using var folder = new TempFolder();
        var pack = Assemble(name, folder);
        var inputs = Hashes(pack);

        var run = Run([.. Arguments(spec.Run, pack), "--pack", pack]);

        var output = run.Stdout + run.Stderr;
        Assert.That(run.ExitCode, Is.EqualTo(spec.ExitCode), output);
        foreach (var expected in spec.Expected) Assert.That(output, Does.Contain(expected));
        Assert.That(Directory.GetFiles(pack, "*.pdf", SearchOption.AllDirectories), Has.Length.EqualTo(spec.Pdfs), output);
        Assert.That(Hashes(pack).Where(h => inputs.ContainsKey(h.Key)), Is.EquivalentTo(inputs), "the user's files are never changed");
        Assert.That(Directory.GetFiles(pack, "*.tmp", SearchOption.AllDirectories), Is.Empty, "no temporary file is left behind");
    }

    /// <summary>Runs the CLI in this process; <see cref="Native.NativeCorpusTests"/> runs the native binary instead.</summary>
    private protected virtual CliRun Run(string[] args) => CliRun.Of(args);

    /// <summary>The case's files over the base pack's, with a pack file naming them unless the case has its own.</summary>
    private static string Assemble(string name, TempFolder folder)
    {
        var pack = folder.CopyAllOf(Path.Combine(Root, name));
        File.Delete(Path.Combine(pack, "case.txt"));
        string Own(string stem) =>
            Directory.GetFiles(pack, stem + ".*").Select(Path.GetFileName).FirstOrDefault()
            ?? CopyBase(stem + ".csv");
        string CopyBase(string file)
        {
            File.Copy(Path.Combine(Root, "_base", file), Path.Combine(pack, file));
            return file;
        }
        var catalogue = Own("catalogue");
        var workbook = Own("workbook");
        if (!File.Exists(Path.Combine(pack, "kpipack.json")))
            File.WriteAllText(Path.Combine(pack, "kpipack.json"),
                $$"""{ "catalogue": "{{catalogue}}", "workbook": "{{workbook}}", "agendaItem": "7" }""");
        return pack;
    }

    /// <summary>The case's command; an --out path is taken inside the pack folder.</summary>
    private static string[] Arguments(string run, string pack)
    {
        var args = run.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var i = 1; i < args.Length; i++)
            if (args[i - 1] == "--out") args[i] = Path.Combine(pack, args[i]);
        return args;
    }

    private static Dictionary<string, string> Hashes(string folder) =>
        Directory.GetFiles(folder).Where(f => !f.EndsWith(".pdf")).ToDictionary(f => Path.GetFileName(f), f => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(f))));

    private sealed record CaseSpec(string Run, int ExitCode, IReadOnlyList<string> Expected, int Pdfs)
    {
        public static CaseSpec Read(string path)
        {
            var lines = File.ReadAllLines(path).Where(l => !l.StartsWith('#') && l.Contains(':'))
                .Select(l => (Key: l[..l.IndexOf(':')], Value: l[(l.IndexOf(':') + 1)..].Trim())).ToList();
            string One(string key) => lines.Single(l => l.Key == key).Value;
            return new CaseSpec(One("run"), int.Parse(One("exit")), lines.Where(l => l.Key == "expect").Select(l => l.Value).ToList(), int.Parse(One("pdfs")));
        }
    }
}
