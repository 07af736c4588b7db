using System.Text;
using System.Text.RegularExpressions;
using ClosedXML.Excel;
using KpiPack.Cli;
using KpiPack.Tests.Cli;
using KpiPack.Tests.Support;

namespace KpiPack.Tests.Readme;

/// <summary>
/// Every failure the user guide (docs/user-guide.md) lists under "When something is wrong", provoked on a small pack:
/// the exit code "Exit codes" gives it, and a message that starts with the file (and the row and column, where the guide
/// promises them). A row added to the guide without a case here fails <see cref="Every_failure_the_readme_lists_has_a_case"/>.
/// </summary>
public class ReadmeFailureTests
{
    /// <param name="Readme">The row's first quoted message in the README, without its leading "... ".</param>
    /// <param name="Says">What the output must contain: where, then what.</param>
    public sealed record Case(string Readme, Action<PackFolder> Make, string Command, int Exit, string Says)
    {
        public override string ToString() => Readme;
    }

    /// <summary>A pack of two indicators over 24 months that validates clean: each case breaks one thing in it.</summary>
    public sealed class PackFolder(string path)
    {
        public string Path { get; } = path;
        public string Of(string name) => System.IO.Path.Combine(Path, name);
        public void Write(string name, string text) => File.WriteAllText(Of(name), text);
        public void Replace(string name, string from, string to)
        {
            var text = File.ReadAllText(Of(name));
            if (!text.Contains(from)) throw new InvalidOperationException($"{name} has no '{from}'");
            File.WriteAllText(Of(name), text.Replace(from, to));
        }
        public void Append(string name, string line) => File.AppendAllText(Of(name), line + "\n");
        public void UseWorkbook(string name) => Replace("kpipack.json", "workbook.csv", name);

        public void Xlsx(Action<IXLWorksheet> fill)
        {
            using var workbook = new XLWorkbook();
            var values = workbook.AddWorksheet("Values");
            values.Cell("A1").SetValue("ref");
            values.Cell("B1").SetValue("2020-05");
            values.Cell("C1").SetValue("2020-06");
            values.Cell("A2").SetValue("M1");
            values.Cell("B2").Value = 200;
            values.Cell("C2").Value = 201;
            fill(values);
            workbook.SaveAs(Of("workbook.xlsx"));
            UseWorkbook("workbook.xlsx");
        }
    }

    private const string Catalogue = "ref,indicator,section,unit,polarity\nM1,Contacts received,Children and Families,count,up\nM3,Contacts that become referrals,Children and Families,percent,down\n";

    private static string Workbook()
    {
        var rows = new StringBuilder("ref,month,value,commentary\n");
        for (var i = 0; i < 24; i++)
        {
            var month = $"{2018 + (i + 6) / 12}-{(i + 6) % 12 + 1:00}";
            rows.Append($"M1,{month},{200 + i % 3},\nM3,{month},{20 + i % 3}.0,\n");
        }
        return rows.ToString();
    }

    private const string Validate = "validate --month 2020-06";
    private const string Build = "build --month 2020-06";

    public static IEnumerable<Case> Cases() =>
    [
        new("not readable as an Excel workbook", p => { p.Write("workbook.xlsx", "PK\u0003\u0004 not really a zip"); p.UseWorkbook("workbook.xlsx"); }, Validate, 2,
            "workbook.xlsx: not readable as an Excel workbook"),
        new("the file is empty", p => p.Write("catalogue.csv", ""), Validate, 2, "catalogue.csv: the file is empty"),
        new("the file has no header row", p => p.Write("catalogue.csv", ",,\n,,\n"), Validate, 2, "catalogue.csv: the file has no header row"),
        new("this is a folder, not a workbook file", p => { File.Delete(p.Of("workbook.csv")); Directory.CreateDirectory(p.Of("workbook.csv")); }, Validate, 2,
            "workbook.csv: this is a folder, not a workbook file"),
        new("this is not an ordinary file but a pipe", p => MakeFifo(p.Of("workbook.csv")), Validate, 2,
            "workbook.csv: this is not an ordinary file but a pipe"),
        new("cannot be read: ...", p => { File.Delete(p.Of("catalogue.csv")); File.CreateSymbolicLink(p.Of("catalogue.csv"), "/proc/self/mem"); }, Validate, 2,
            "catalogue.csv: cannot be read: "),
        new("the file is larger than 50 MB", p => { using var file = File.Create(p.Of("workbook.csv")); file.SetLength(51L * 1024 * 1024); }, Validate, 2,
            "workbook.csv: the file is larger than 50 MB"),
        new("the workbook unpacks to more than 200 MB", p => { p.Xlsx(_ => { }); Pad(p.Of("workbook.xlsx"), 201); }, Validate, 2,
            "workbook.xlsx: the workbook unpacks to more than 200 MB"),
        new("more than 100,000 rows", p => p.Write("workbook.csv", "ref,month,value\n" + string.Concat(Enumerable.Repeat("M1,2020-06,1\n", 100_001))), Validate, 2,
            "workbook.csv, row 100001: more than 100,000 rows"),
        new("the text is longer than 32,767 characters", p => p.Append("workbook.csv", $"M1,2018-01,1,{new string('x', 32_768)}"), Validate, 2,
            "workbook.csv, row 50, column 4: the text is longer than 32,767 characters"),
        new("the columns are separated by semicolons", p => p.Write("catalogue.csv", Catalogue.Replace(',', ';')), Validate, 2,
            "catalogue.csv, row 1: the columns are separated by semicolons"),
        new("not UTF-8: read as Windows-1252", p => File.WriteAllBytes(p.Of("catalogue.csv"), Encoding.Latin1.GetBytes(Catalogue.Replace("Contacts received", "Contacts £ received"))), Validate, 4,
            "catalogue.csv: not UTF-8: read as Windows-1252"),
        new("the header has no 'ref' column", p => p.Replace("catalogue.csv", "ref,", "code,"), Validate, 2, "catalogue.csv, row 1: the header has no 'ref' column"),
        new("has 'unit' twice", p => p.Replace("catalogue.csv", "unit,polarity", "unit,unit"), Validate, 2, "catalogue.csv, row 1, column 'unit': the header has 'unit' twice"),
        new("ref 'M1' appears twice (first at row 3)", p => p.Append("catalogue.csv", "M1,Again,Children and Families,count,up"), Validate, 2,
            "catalogue.csv, row 4, column 'ref': ref 'M1' appears twice (first at row 2)"),
        new("M1 already has a value for Jun-20", p => p.Append("workbook.csv", "M1,2020-06,5,"), Validate, 2,
            "workbook.csv, row 50, column 'value': M1 already has a value for Jun-20"),
        new("'June 20' is not a month", p => p.Append("workbook.csv", "M1,June 20,5,"), Validate, 2, "workbook.csv, row 50, column 'month': 'June 20' is not a month"),
        new("header 'Total' is not a month", p => p.Xlsx(s => s.Cell("C1").SetValue("Total")), "validate", 2,
            "workbook.xlsx, sheet 'Values', row 1, column C ('Total'): header 'Total' is not a month"),
        new("header '1899-12-31' is a date outside 1900 to 2999, not a plausible month", p => p.Xlsx(s => { s.Cell("C1").Value = 0; s.Cell("C1").Style.NumberFormat.Format = "dd/mm/yyyy"; }), "validate", 2,
            "workbook.xlsx, sheet 'Values', row 1, column C ('1899-12-31'): header '1899-12-31' is a date outside 1900 to 2999"),
        new("read '1,234' as 1234", p => p.Replace("workbook.csv", "M1,2020-06,202,", "M1,2020-06,\"1,202\","), Validate, 4,
            "workbook.csv, row 48, column 'value': read '1,202' as 1202"),
        new("read '21.2%' as 21.2", p => p.Replace("workbook.csv", "M3,2020-06,22.0,", "M3,2020-06,21.2%,"), Validate, 4,
            "workbook.csv, row 49, column 'value': read '21.2%' as 21.2"),
        new("read '1e2' as 100", p => p.Replace("workbook.csv", "M1,2020-06,202,", "M1,2020-06,2e2,"), Validate, 4,
            "workbook.csv, row 48, column 'value': read '2e2' as 200"),
        new("read '+201' as 201", p => p.Replace("workbook.csv", "M1,2020-06,202,", "M1,2020-06,+201,"), Validate, 4,
            "workbook.csv, row 48, column 'value': read '+201' as 201"),
        new("'#DIV/0!' is a spreadsheet error, not a figure", p => p.Replace("workbook.csv", "M1,2020-06,202,", "M1,2020-06,#DIV/0!,"), Validate, 2,
            "workbook.csv, row 48, column 'value': '#DIV/0!' is a spreadsheet error"),
        new("a formula with no saved result", p => p.Xlsx(s => s.Cell("C2").FormulaA1 = "B2*2"), "validate", 2,
            "workbook.xlsx, sheet 'Values', row 2, column C ('2020-06'): a formula with no saved result"),
        new("'12O' is not a number or a known marker", p => p.Replace("workbook.csv", "M1,2020-06,202,", "M1,2020-06,12O,"), Validate, 2,
            "workbook.csv, row 48, column 'value': '12O' is not a number or a known marker"),
        new("too large to be a figure", p => p.Replace("workbook.csv", "M1,2020-06,202,", "M1,2020-06,5000000000000,"), Validate, 2,
            "workbook.csv, row 48, column 'value': "),
        new("far outside its 12 figures in the 24 months before", p => p.Replace("workbook.csv", "M1,2020-06,202,", "M1,2020-06,20200,"), Validate, 4,
            "workbook.csv, row 48, column 'value': "),
        new("is a percentage but Jun-20 is 130", p => p.Replace("workbook.csv", "M3,2020-06,22.0,", "M3,2020-06,130,"), Validate, 2,
            "workbook.csv, row 49, column 'value': M3 is a percentage but Jun-20 is 130"),
        new("is a count but Jun-20 is negative", p => p.Replace("workbook.csv", "M1,2020-06,202,", "M1,2020-06,-2,"), Validate, 2,
            "workbook.csv, row 48, column 'value': M1 is a count but Jun-20 is negative"),
        new("ref 'M9' is not in the catalogue", p => p.Append("workbook.csv", "M9,2020-06,5,"), Validate, 2, "workbook.csv, row 50, column 'ref': ref 'M9' is not in the catalogue"),
        new("column 'polarty' is not used: did you mean 'polarity'?", p => p.Replace("catalogue.csv", "polarity", "polarty"), Validate, 4,
            "catalogue.csv, row 1, column 'polarty': column 'polarty' is not used: did you mean 'polarity'?"),
        new("is not read as a target", p => p.Replace("catalogue.csv", "polarity\n", "polarity,target 2019\n"), Validate, 4, "catalogue.csv, row 1, column 'target 2019': "),
        new("M3's formula uses [M9], which is not a ref in the catalogue", p => Formula(p, "[M9] / 10"), Validate, 2,
            "catalogue.csv, row 3, column 'formula': M3's formula uses [M9], which is not a ref in the catalogue"),
        new("M1's formula is part of a cycle (M1 → M3 → M1)", p => { Formula(p, "[M1] / 10"); p.Replace("catalogue.csv", "count,up,", "count,up,[M3] * 10"); }, Validate, 2,
            "catalogue.csv, row 2, column 'formula': M1's formula is part of a cycle (M1 → M3 → M1)"),
        new("formula '[M1] * / 100' cannot be read at character 8", p => Formula(p, "[M1] * / 100"), Validate, 2,
            "catalogue.csv, row 3, column 'formula': formula '[M1] * / 100' cannot be read at character 8"),
        new("M3 is computed by its formula in the catalogue", p => Formula(p, "[M1] / 10"), Validate, 2,
            "workbook.csv, row 3, column 'value': M3 is computed by its formula in the catalogue"),
        new("the workbook has no values for Jul-20", _ => { }, "validate --month 2020-07", 2, "workbook.csv: the workbook has no values for Jul-20"),
        new("has values for months still to come", p => p.Append("workbook.csv", "M1,2027-06,5,"), Validate, 4, "workbook.csv: has values for months still to come (Jun-27)"),
        new("removed 2 control characters", p => p.Replace("catalogue.csv", "Contacts received", "Contacts\u0001 \u0002received"), Validate, 4,
            "catalogue.csv, row 2, column 'indicator': removed 2 control characters"),
        new("has right-to-left text", p => p.Replace("catalogue.csv", "Contacts received", "Contacts received مرحبا"), Validate, 4,
            "catalogue.csv, row 2, column 'indicator': has right-to-left text"),
        new("has characters the PDF's font cannot print (儿 童)", p => p.Replace("catalogue.csv", "Contacts received", "儿童 Contacts received"), Validate, 4,
            "catalogue.csv, row 2, column 'indicator': M1's indicator has characters the PDF's font cannot print (儿 童)"),
        new("\"author\" is still the template's '[your team]'", p => p.Write("kpipack.json", """{ "workbook": "workbook.csv", "author": "[your team]" }"""), Validate, 4,
            "kpipack.json: \"author\" is still the template's '[your team]'"),
        new("\"agendaItem\" is empty", p => p.Write("kpipack.json", """{ "workbook": "workbook.csv", "author": "Data team", "agendaItem": "" }"""), Validate, 4,
            "kpipack.json: \"agendaItem\" is empty: every page's stamp reads only \"Appendix N\""),
        new("there is no kpipack.json in ...", p => File.Delete(p.Of("kpipack.json")), Validate, 1, "there is no kpipack.json in "),
        new("kpipack.json, line 4, column 3: setting 'pagesize' is not one kpipack knows: did you mean 'pageSize'?",
            p => p.Write("kpipack.json", "{\n  \"workbook\": \"workbook.csv\",\n  \"months\": 13,\n  \"pagesize\": \"A4\"\n}"), Validate, 2,
            "kpipack.json, line 4, column 3: setting 'pagesize' is not one kpipack knows: did you mean 'pageSize'?"),
        new("months must be a whole number from 2 to 24, not \"13\"", p => p.Write("kpipack.json", "{\n  \"workbook\": \"workbook.csv\",\n  \"months\": \"13\"\n}"), Validate, 2,
            "kpipack.json, line 3, column 13: months must be a whole number from 2 to 24, not \"13\""),
        new("pageSize 'Letter' is not one of A4, A3", p => p.Write("kpipack.json", """{ "workbook": "workbook.csv", "pageSize": "Letter" }"""), Validate, 2,
            "kpipack.json, line 1, column 43: pageSize 'Letter' is not one of A4, A3"),
        new("a comma (,) is missing before this", p => p.Write("kpipack.json", "{\n  \"workbook\": \"workbook.csv\"\n  \"months\": 13\n}"), Validate, 2,
            "kpipack.json, line 3, column 3: a comma (,) is missing before this"),
        new("the file ends before the { at line 1, column 1 is closed", p => p.Write("kpipack.json", """{ "workbook": "workbook.csv" """), Validate, 2,
            "kpipack.json, line 1, column 30: the file ends before the { at line 1, column 1 is closed"),
        new("there is more after the closing }", p => p.Write("kpipack.json", """{ "workbook": "workbook.csv" } x"""), Validate, 2,
            "kpipack.json, line 1, column 32: there is more after the closing }"),
        new("the appendix's columns do not fit across the page", p => p.Write("kpipack.json",
                """{ "workbook": "workbook.csv", "months": 24, "commentary": "column", "appendices": [{ "columns": ["ref", "indicator", "outcome", "months", "trend", "changes", "average", "maximum", "benchmarks", "targets", "commentary"] }] }"""),
            Build, 2, "kpipack.json: appendix 1, Jun-20: the appendix's columns do not fit across the page"),
        new("this output is the pack's catalogue", p => { File.Copy(p.Of("catalogue.csv"), p.Of("x-2020-06.csv")); p.Write("kpipack.json", """{ "workbook": "workbook.csv", "catalogue": "x-2020-06.csv", "output": "x-{month}.pdf" }"""); },
            Build + " --csv", 2, "x-2020-06.csv: this output is the pack's catalogue"),
        new("this output folder does not exist", _ => { }, Build + " --out-dir missing", 2, "missing: this output folder does not exist"),
        new("this output folder is a file, not a folder", p => p.Write("reports", "a file"), Build + " --out-dir reports", 2, "reports: this output folder is a file, not a folder"),
        new("cannot be written to (permission denied)", p => MakeReadOnlyFolder(p.Of("reports")), Build + " --out-dir reports", 2, "reports: this output folder cannot be written to (permission denied)"),
        new("has a control character (U+0007) that no file name should hold", p => p.Write("kpipack.json", """{ "workbook": "workbook.csv", "output": "a\u0007-{month}.pdf" }"""), Build, 2,
            "kpipack.json: appendix 1's output name has a control character (U+0007) that no file name should hold"),
        new("\"title\" is too long for the page header", p => p.Write("kpipack.json",
                $$"""{ "workbook": "workbook.csv", "appendices": [{ "title": "{{string.Join(" ", Enumerable.Repeat("Children and Families", 60))}}" }] }"""), Build, 0,
            "kpipack.json: appendix 1's \"title\" is too long for the page header"),
        new("--caption ... the benchmarking key", _ => { }, Build + " --caption " + string.Join("_", Enumerable.Repeat("Updated Mar-19", 80)).Replace('_', ' ').Replace(" ", "\u00A0"), 0,
            "--caption is too long for the benchmarking key"),
        new("--agenda-item ... the stamp", _ => { }, Build + " --agenda-item " + new string('7', 200), 0, "--agenda-item is too long for the stamp"),
        new("is longer than a file name can be (255 bytes)", p => p.Write("kpipack.json", $$"""{ "workbook": "workbook.csv", "output": "{{new string('x', 250)}}-{month}.pdf" }"""), Build, 2,
            ": the output name 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx...' is longer than a file name can be (255 bytes)"),
        new("would be written outside the pack folder", p => p.Write("kpipack.json", """{ "workbook": "workbook.csv", "output": "../x-{month}.pdf" }"""), Build, 2,
            "kpipack.json: appendix 1's output '../x-{month}.pdf' would be written outside the pack folder"),
    ];

    /// <summary>Rows of the README's table that no input provokes, and why.</summary>
    private static readonly Dictionary<string, string> NotProvoked = new()
    {
        ["unexpected failure"] = "a fault in KpiPack: no input may provoke it (the fuzzer looks for any that does)",
        // A folder in the way of an output used to provoke it; since issue 30 that is found before anything is written.
        ["could not write ..."] = "a write that fails after every check has passed (a full disk, a file another program holds): " +
            "no file in a pack provokes it; ConcurrentAndFullDiskTests fills a small disk to",
    };

    private TempFolder _folder = null!;

    [SetUp] public void CreateFolder() => _folder = new TempFolder();
    [TearDown] public void RemoveFolder()
    {
        foreach (var folder in Directory.GetDirectories(_folder.Path, "*", SearchOption.AllDirectories)) WithoutPrivilege.SetMode(folder, "755");
        _folder.Dispose();
    }

    [TestCaseSource(nameof(Cases))]
    public void Gives_the_exit_code_and_the_located_message_the_readme_says(Case failure)
    {
        var pack = new PackFolder(Directory.CreateDirectory(_folder.PathOf("pack")).FullName);
        pack.Write("catalogue.csv", Catalogue);
        pack.Write("workbook.csv", Workbook());
        pack.Write("kpipack.json", """{ "workbook": "workbook.csv" }""");
        failure.Make(pack);

        var run = Run(pack, failure);

        Assert.That(run.ExitCode, Is.EqualTo(failure.Exit), run.Stdout + run.Stderr);
        Assert.That(run.Stdout + run.Stderr, Does.Contain(failure.Says));
    }

    private static CliRun Run(PackFolder pack, Case failure)
    {
        var before = Environment.CurrentDirectory;
        try
        {
            // In the pack folder, as the README's examples are run: the messages name its files by their names.
            Environment.CurrentDirectory = pack.Path;
            var args = failure.Command.Split(' ');
            return failure.Readme.StartsWith("cannot be written to", StringComparison.Ordinal) ? WithoutPrivilege.Run([.. args, "--pack", pack.Path]) : CliRun.Of(args);
        }
        finally
        {
            Environment.CurrentDirectory = before;
        }
    }

    [Test]
    public void Every_failure_the_readme_lists_has_a_case()
    {
        var readme = File.ReadAllText(Path.Combine(RepoPaths.Root, "docs", "user-guide.md"));
        var section = readme[readme.IndexOf("## When something is wrong", StringComparison.Ordinal)..];
        section = section[..section.IndexOf("\n\n`tests/", StringComparison.Ordinal)];
        var quoted = section.Split('\n').Where(l => l.StartsWith("| `", StringComparison.Ordinal))
            .SelectMany(row => Regex.Matches(row.Split(" | ")[0], "`([^`]+)`").Select(m => m.Groups[1].Value))
            .Select(message => Regex.Replace(message, @"^\.\.\.:? ", ""))
            .ToList();
        var cased = Cases().Select(c => c.Readme).Concat(NotProvoked.Keys).ToHashSet();

        Assert.That(quoted, Is.Not.Empty);
        Assert.That(quoted.Where(q => !cased.Contains(q) && !cased.Any(c => q.StartsWith(c + " ", StringComparison.Ordinal))), Is.Empty,
            "messages docs/user-guide.md lists with no case in ReadmeFailureTests");
    }

    private static void Formula(PackFolder pack, string formula)
    {
        pack.Replace("catalogue.csv", "polarity\n", "polarity,formula\n");
        pack.Replace("catalogue.csv", "count,up\n", "count,up,\n");
        pack.Replace("catalogue.csv", "percent,down\n", $"percent,down,{formula}\n");
    }

    /// <summary>Adds a part of <paramref name="megabytes"/> MB of zeros: a small file that unpacks large.</summary>
    private static void Pad(string xlsx, int megabytes)
    {
        using var zip = System.IO.Compression.ZipFile.Open(xlsx, System.IO.Compression.ZipArchiveMode.Update);
        using var part = zip.CreateEntry("xl/media/padding.bin", System.IO.Compression.CompressionLevel.Fastest).Open();
        var zeros = new byte[1024 * 1024];
        for (var i = 0; i < megabytes; i++) part.Write(zeros);
    }

    private static void MakeFifo(string path)
    {
        if (!OperatingSystem.IsLinux()) Assert.Ignore("a FIFO is made with mkfifo");
        File.Delete(path);
        System.Diagnostics.Process.Start("mkfifo", [path]).WaitForExit();
    }

    private static void MakeReadOnlyFolder(string path)
    {
        Directory.CreateDirectory(path);
        WithoutPrivilege.LetOthersRead(Path.GetDirectoryName(Path.GetDirectoryName(path))!);
        if (!WithoutPrivilege.IsRoot) WithoutPrivilege.SetMode(path, "555");
    }
}
