using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using KpiPack.Cli;

namespace KpiPack.Fuzz;

/// <summary>
/// Fuzzes the command line and the pack file: random and mutated argument lists for every command, run in-process
/// against a scratch pack whose kpipack.json is mutated too. A command line or pack file can be wrong in any way, but
/// kpipack must answer 0, 1, 2 or 4: exit code 3 (a write failure, which a scratch folder never has, or a fault), an
/// exception out of the entry point, or an input changed on disk is a crash.
/// </summary>
internal sealed class CommandLineFuzzer
{
    private static readonly int[] Answers = [ExitCodes.Ok, ExitCodes.Usage, ExitCodes.DataError, ExitCodes.Warnings];

    private static readonly string[] Commands = ["build", "validate", "derive", "draft", "init"];

    private static readonly string[] Options =
    [
        "--pack", "--month", "--catalogue", "--workbook", "--all-months", "--out", "--out-dir", "--agenda-item", "--appendix",
        "--months", "--page-size", "--service", "--caption", "--author", "--csv", "--strict", "--check", "--explain", "--format",
        "--all", "--template", "--verbose", "--help", "-h", "--version", "--", "-", "--mnth", "--month=2020-06", "-m",
    ];

    // Paths stay inside the scratch folder: the pack is the current folder, ".." the scratch folder above it.
    private static readonly string[] Values =
    [
        "2020-06", "2019-06", "2020-04", "2020-13", "0001-01", "9999-12", "Jun-20", "2020-6", "2020-06-01", "abc", "", " ",
        "0", "1", "2", "13", "24", "25", "-3", "+13", "1e3", "99999999999999999999", "١٣",
        ".", "..", "../pack", "catalogue.csv", "workbook.xlsx", "small-catalogue.csv", "small-workbook.csv", "kpipack.json", "nope.csv",
        "folder", "folder/x.pdf", "out", "out/x.pdf", "x.pdf", "X.PDF", "x.html", "catalogue.pdf", "kpipack.pdf", "a\u0001.pdf", "a\0.pdf",
        "newpack", "../newpack", "catalogue.csv/x.pdf", "catalogue.csv/sub",
        "A4", "a3", "A5", "md", "csv", "MD", "xls", "blank", "children-and-families", "board", "BLANK", "adult-social-care",
        "M1", "M3", "LAC1", "CP2b %", "7", "1", "2", "{month}", "%s", "\u202Ebackwards", "مرحبا", "儿童", "\uFFFF", "\uD800",
        new string('x', 5000), string.Join(" ", Enumerable.Repeat("Children and Families", 400)),
    ];

    private static readonly string[] JsonTokens =
    [
        "{", "}", "[", "]", ",", ":", "null", "true", "false", "0", "-1", "1.5", "1e309", "99999999999", "\"\"", "\"appendices\"",
        "\"output\"", "\"months\"", "\"title\"", "\"columns\"", "\"sections\"", "\"tables\"", "\"spc\"", "\"benchmarks\"",
        "\"appendix\"", "\"pageSize\"", "\"commentary\"", "\"targetYears\"", "\"exceptionCharts\"", "\"{month}\"", "\"{label}\"",
        "\"{appendix}\"", "\"../x-{month}.pdf\"", "\"/tmp/x-{month}.pdf\"", "\"x-{month}.html\"", "\"\\u0000\"", "\"\\u0007\"",
        "\"\\uD800\"", "\"catalogue.csv\"", "\"workbook.xlsx\"", "\"kpipack.json\"", "\"small-workbook.csv\"", "\"folder\"",
        "//", "/*", "*/", "\"row\"", "\"column\"", "\"A3\"", "\"months\": 24", "\"appendices\": [null]", "\"appendices\": []",
        "\"appendices\": [{}]", "\"columns\": []", "\"columns\": [\"ref\"]", "\"sections\": []", "\"title\": \"\"",
        new string('[', 100) + new string(']', 100), "\"" + new string('x', 5000) + "\"",
    ];

    private readonly Random _random;
    private readonly Mutator _mutator;
    private readonly string _scratch = Directory.CreateTempSubdirectory("kpipack-fuzz-cli-").FullName;
    private readonly string _pack;
    private readonly IReadOnlyList<string> _packFiles;
    private readonly Dictionary<string, byte[]> _inputs = new();
    private readonly string _crashFolder;

    public CommandLineFuzzer(string root, Random random, string crashFolder)
    {
        _random = random;
        _mutator = new Mutator(random);
        _crashFolder = crashFolder;
        _pack = Directory.CreateDirectory(Path.Combine(_scratch, "pack")).FullName;
        var sample = Path.Combine(root, "samples", "children-and-families");
        var small = Path.Combine(root, "tests", "KpiPack.Tests", "Corpus", "_base");
        Copy(Path.Combine(sample, "catalogue.csv"), "catalogue.csv");
        Copy(Path.Combine(sample, "workbook.xlsx"), "workbook.xlsx");
        Copy(Path.Combine(small, "catalogue.csv"), "small-catalogue.csv");
        Copy(Path.Combine(small, "workbook.csv"), "small-workbook.csv");
        Directory.CreateDirectory(Path.Combine(_pack, "folder"));
        // The pack files of the samples and templates, and a small one that builds fast.
        _packFiles =
        [
            .. new[] { "samples", "templates" }.SelectMany(d => Directory.EnumerateFiles(Path.Combine(root, d), "kpipack.json", SearchOption.AllDirectories))
                .Select(File.ReadAllText),
            """{ "catalogue": "small-catalogue.csv", "workbook": "small-workbook.csv", "months": 2, "output": "a-{appendix}-{month}.pdf" }""",
        ];
    }

    public int Runs { get; private set; }
    public int Crashes { get; private set; }
    public Dictionary<int, int> ExitCodeCounts { get; } = new();

    public void RunOne()
    {
        var packFile = _random.Next(3) == 0 ? _packFiles[_random.Next(_packFiles.Count)] : MutatedPackFile();
        var args = _random.Next(4) == 0 ? RandomTokens() : Mutated(Plausible());
        File.WriteAllText(Path.Combine(_pack, "kpipack.json"), packFile);
        Runs++;
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        string? crash = null;
        var before = Environment.CurrentDirectory;
        try
        {
            Environment.CurrentDirectory = _pack;
            var code = KpiPackCli.Run(args, stdout, stderr, new FixedClock());
            ExitCodeCounts[code] = ExitCodeCounts.GetValueOrDefault(code) + 1;
            if (!Answers.Contains(code)) crash = $"exit code {code}: {stderr.ToString().Trim()}";
        }
        catch (Exception e)
        {
            crash = $"{e.GetType().Name}: {e.Message}\n  {string.Join(" | ", (e.StackTrace ?? "").Split('\n').Take(4).Select(l => l.Trim()))}";
        }
        finally
        {
            Environment.CurrentDirectory = before;
        }
        crash ??= ChangedInput();
        if (crash is not null) Save(crash, args, packFile);
        Reset();
    }

    /// <summary>A command with options that mostly make sense, each with a value from the list.</summary>
    private List<string> Plausible()
    {
        var args = new List<string>();
        if (_random.Next(10) > 0) args.Add(Commands[_random.Next(Commands.Length)]);
        for (var i = _random.Next(5); i > 0; i--)
        {
            args.Add(Options[_random.Next(Options.Length)]);
            if (_random.Next(4) > 0) args.Add(Values[_random.Next(Values.Length)]);
        }
        return args;
    }

    /// <summary>Drops, doubles, swaps or inserts a token, or changes a character of one.</summary>
    private string[] Mutated(List<string> args)
    {
        for (var round = _random.Next(3); round > 0 && args.Count > 0; round--)
        {
            var at = _random.Next(args.Count);
            switch (_random.Next(5))
            {
                case 0: args.RemoveAt(at); break;
                case 1: args.Insert(at, args[at]); break;
                case 2: (args[at], args[^1]) = (args[^1], args[at]); break;
                case 3: args.Insert(at, _random.Next(2) == 0 ? Options[_random.Next(Options.Length)] : Values[_random.Next(Values.Length)]); break;
                default:
                    var text = args[at];
                    args[at] = text.Length == 0 ? "\u0000" : text.Remove(_random.Next(text.Length), 1).Insert(_random.Next(text.Length), ((char)_random.Next(0, 0x3000)).ToString());
                    break;
            }
        }
        return [.. args];
    }

    private string[] RandomTokens() =>
        Enumerable.Range(0, _random.Next(8)).Select(_ => _random.Next(3) switch
        {
            0 => Commands[_random.Next(Commands.Length)],
            1 => Options[_random.Next(Options.Length)],
            _ => Values[_random.Next(Values.Length)],
        }).ToArray();

    private string MutatedPackFile()
    {
        var text = _packFiles[_random.Next(_packFiles.Count)];
        for (var round = 1 + _random.Next(3); round > 0; round--)
        {
            var at = _random.Next(text.Length + 1);
            text = _random.Next(3) switch
            {
                0 => text.Insert(at, JsonTokens[_random.Next(JsonTokens.Length)]),
                1 => Encoding.UTF8.GetString(_mutator.Mutate(new Seed("pack", ".json", Encoding.UTF8.GetBytes(text), _pack))),
                _ => ReplaceValue(text),
            };
        }
        return text;
    }

    /// <summary>Replaces a JSON string value (the text between the quotes after a colon) with another token.</summary>
    private string ReplaceValue(string text)
    {
        var colons = Enumerable.Range(0, text.Length).Where(i => text[i] == ':').ToList();
        if (colons.Count == 0) return text;
        var colon = colons[_random.Next(colons.Count)];
        var end = text.IndexOfAny([',', '\n', '}'], colon + 1);
        if (end < 0) end = text.Length;
        return text[..(colon + 1)] + " " + JsonTokens[_random.Next(JsonTokens.Length)] + text[end..];
    }

    private void Copy(string from, string name)
    {
        var path = Path.Combine(_pack, name);
        File.Copy(from, path);
        _inputs[path] = SHA256.HashData(File.ReadAllBytes(path));
    }

    /// <summary>The catalogue and workbooks are only ever read: one that changed is a crash, the worst kind.</summary>
    private string? ChangedInput()
    {
        foreach (var (path, hash) in _inputs)
            if (!File.Exists(path) || !SHA256.HashData(File.ReadAllBytes(path)).AsSpan().SequenceEqual(hash))
                return $"an input changed: {Path.GetFileName(path)}";
        return null;
    }

    /// <summary>Back to the inputs alone: whatever a run wrote or made is removed.</summary>
    private void Reset()
    {
        foreach (var entry in Directory.EnumerateFileSystemEntries(_scratch, "*", SearchOption.AllDirectories).OrderByDescending(e => e.Length).ToList())
        {
            if (_inputs.ContainsKey(entry) || entry == _pack || entry == Path.Combine(_pack, "folder")) continue;
            if (Directory.Exists(entry)) Directory.Delete(entry, recursive: true);
            else if (File.Exists(entry)) File.Delete(entry);
        }
    }

    private void Save(string crash, string[] args, string packFile)
    {
        Crashes++;
        Directory.CreateDirectory(_crashFolder);
        var saved = Path.Combine(_crashFolder, $"cli-crash-{Runs}.json");
        File.WriteAllText(saved, JsonSerializer.Serialize(new Dictionary<string, object> { ["args"] = args, ["kpipack.json"] = packFile, ["crash"] = crash }));
        Console.WriteLine($"crash: {crash} (saved as {saved})");
    }

    private sealed class FixedClock : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => new(2026, 11, 1, 12, 0, 0, TimeSpan.Zero);
    }
}
