using System.Diagnostics;
using System.Reflection;
using KpiPack.Core.Input;
using KpiPack.Core.Packs;
using KpiPack.Tests.Support;

namespace KpiPack.Tests.Packs;

/// <summary>
/// A slip in kpipack.json is said in the project's words at its line and column, never in System.Text.Json's (which
/// named .NET types: "PackFile+PackJson", "System.Nullable`1[System.Int32]"), issue 16.
/// </summary>
public class PackFileMessageTests : PackFileFolder
{
    private string ErrorOf(string json) => Assert.Throws<InputException>(() => Load(json))!.Findings.Single().ToString();

    [TestCase("{\n  \"month\": 13\n}", "line 2, column 3: setting 'month' is not one kpipack knows: did you mean 'months'?")]
    [TestCase("{ \"pagesize\": \"A4\" }", "line 1, column 3: setting 'pagesize' is not one kpipack knows: did you mean 'pageSize'?")]
    [TestCase("{ \"wibble\": 1 }", "line 1, column 3: setting 'wibble' is not one kpipack knows; the settings are: $schema, service, author")]
    [TestCase("{ \"appendices\": [ { \"titel\": \"Early Help\" } ] }", "line 1, column 21: setting 'titel' in appendices is not one kpipack knows: did you mean 'title'?")]
    [TestCase("{ \"spc\": { \"shiftrun\": 8 } }", "line 1, column 12: setting 'shiftrun' in spc is not one kpipack knows: did you mean 'shiftRun'?")]
    [TestCase("{ \"spc\": { \"points\": 8 } }", "setting 'points' in spc is not one kpipack knows; the settings there are: maxPoints, minPoints, shiftRun, trendRun, rules, screenMovingRanges, baselinePoints, indicators")]
    [TestCase("{ \"appendices\": [ { \"tables\": [ { \"title\": \"A\", \"ref\": [\"M1\"] } ] } ] }", "line 1, column 49: setting 'ref' in tables is not one kpipack knows: did you mean 'refs'?")]
    [TestCase("{ \"benchmarks\": [ { \"colum\": \"sn\" } ] }", "setting 'colum' in benchmarks is not one kpipack knows: did you mean 'column'?")]
    [TestCase("{ \"months\": 12, \"months\": 13 }", "line 1, column 17: setting 'months' is given twice (first at line 1, column 3): keep one")]
    public void Names_a_setting_it_does_not_know_and_what_was_meant(string json, string expected) =>
        Assert.That(ErrorOf(json), Does.Contain("kpipack.json, line ").And.Contain(expected));

    [TestCase("{ \"months\": \"13\" }", "line 1, column 13: months must be a whole number from 2 to 24, not \"13\"")]
    [TestCase("{ \"months\": 12.5 }", "months must be a whole number from 2 to 24, not 12.5")]
    [TestCase("{ \"months\": 99999999999 }", "months must be a whole number from 2 to 24, not 99999999999")]
    [TestCase("{ \"appendices\": { \"appendix\": \"1\" } }", "appendices must be a list [ { ... }, { ... } ], not a group of settings { ... }")]
    [TestCase("{ \"service\": 7 }", "service must be text in double quotes (\"...\"), not 7")]
    [TestCase("{ \"pageSize\": \"a4\" }", "pageSize 'a4' is not one of A4, A3: did you mean 'A4'?")]
    [TestCase("{ \"commentary\": true }", "commentary must be one of row, column (in double quotes), not true")]
    [TestCase("{ \"appendices\": [ { \"columns\": [\"trned\"] } ] }", "column 'trned' is not one of ref, indicator, owner, reporter,")]
    [TestCase("{ \"appendices\": [ { \"sections\": [ 7 ] } ] }", "each entry in sections must be text in double quotes (\"...\"), not 7")]
    [TestCase("{ \"appendices\": [ \"Early Help\" ] }", "each appendix in appendices must be a group of settings in braces { ... }, not \"Early Help\"")]
    [TestCase("{ \"spc\": { \"maxPoints\": \"36\" } }", "maxPoints must be a whole number, not \"36\"")]
    public void Says_what_a_setting_must_be(string json, string expected)
    {
        var error = ErrorOf(json);
        Assert.That(error, Does.Contain(expected));
        Assert.That(error, Does.Not.Contain("System.").And.Not.Contain("PackJson").And.Not.Contain("Path: $"));
    }

    [TestCase("{\n  \"months\": 13\n  \"pageSize\": \"A4\"\n}", "line 3, column 3: a comma (,) is missing before this")]
    [TestCase("{\n  \"months\": 13,\n", "line 3, column 1: the file ends before the { at line 1, column 1 is closed: a } is missing")]
    [TestCase("{ \"appendices\": [ { } }", "line 1, column 23: this } comes before the [ at line 1, column 17 is closed: a ] is missing")]
    [TestCase("{ \"months\": 13 }\n}", "line 2, column 1: there is more after the closing } of the settings: remove it")]
    [TestCase("{ months: 13 }", "line 1, column 3: a setting's name must be in double quotes")]
    [TestCase("{ \"months\" 13 }", "line 1, column 12: a colon (:) is missing after the setting's name")]
    [TestCase("{ \"pageSize\": A4 }", "line 1, column 15: a word must be in double quotes")]
    [TestCase("{ \"pageSize\": 'A4' }", "text must be in double quotes (\"...\"), not single quotes")]
    [TestCase("{ \"service\": \"Early Help }", "the file ends inside a text in double quotes: a closing \" is missing")]
    [TestCase("{ \"service\": \"Early\nHelp\" }", "line 1, column 20: a text in double quotes runs to the end of its line")]
    [TestCase("[ ]", "line 1, column 1: the pack file must be one group of settings in braces { ... }, not a list [ ... ]")]
    public void Says_where_the_json_is_broken_in_plain_words(string json, string expected)
    {
        var error = ErrorOf(json);
        Assert.That(error, Does.Contain("kpipack.json, line ").And.Contain(expected));
        Assert.That(error, Does.Not.Contain("LineNumber").And.Not.Contain("BytePositionInLine").And.Not.Contain("JSON payload"));
    }

    [Test]
    public void Counts_columns_in_characters_not_bytes()
    {
        // "é" is two bytes in UTF-8: an editor puts the setting at column 22, not 23.
        Assert.That(ErrorOf("{ \"service\": \"Café\", \"montsh\": 13 }"), Does.Contain("line 1, column 22: setting 'montsh'"));
    }

    [Test]
    public void A_pack_file_saved_in_another_code_page_is_refused_at_the_character()
    {
        // "Café" saved as Windows-1252: é is the single byte E9, which UTF-8 cannot start a character with.
        File.WriteAllBytes(Folder.PathOf("kpipack.json"), [.. "{ \"service\": \"Caf"u8, 0xE9, .. "\" }"u8]);
        var error = Assert.Throws<InputException>(() => PackFile.Load(Folder.Path))!;
        Assert.That(error.Message, Does.EndWith("kpipack.json, line 1, column 18: this is not UTF-8 text (a character from another code page?): save the pack file as UTF-8"));
    }

    [Test]
    public void Reads_a_pack_file_with_a_byte_order_mark() =>
        Assert.That(Load("\uFEFF{ \"months\": 7 }").Months, Is.EqualTo(7));

    [Test]
    public void An_empty_file_is_said_to_be_empty() =>
        Assert.That(ErrorOf("  \n"), Does.EndWith("kpipack.json: the pack file is empty: write its settings between { and }"));

    [Test]
    public void A_setting_refused_for_its_value_is_named_at_its_line() =>
        Assert.That(ErrorOf("{\n  \"appendices\": [\n    { \"appendix\": \"1\" },\n    { \"appendix\": \"1\" }\n  ]\n}"),
            Does.EndWith("kpipack.json, line 4, column 5: appendix 1 is defined twice"));

    [Test]
    public void Refuses_a_pack_file_over_1_MB()
    {
        Folder.Write("kpipack.json", "{ \"service\": \"" + new string('x', 1024 * 1024) + "\" }");
        var error = Assert.Throws<InputException>(() => PackFile.Load(Folder.Path))!;
        Assert.That(error.Message, Does.EndWith("kpipack.json: the file is larger than 1 MB, the most KpiPack reads: is this the right file?"));
    }

    [Test]
    public void Refuses_a_pack_file_that_is_a_link_to_a_device()
    {
        if (!OperatingSystem.IsLinux()) Assert.Ignore("/dev/zero");
        File.CreateSymbolicLink(Folder.PathOf("kpipack.json"), "/dev/zero");
        var error = Assert.Throws<InputException>(() => PackFile.Load(Folder.Path))!;
        Assert.That(error.Message, Does.EndWith("kpipack.json: this is not an ordinary file but a device or socket: KpiPack reads only files saved on disk"));
    }

    [Test]
    public void Refuses_a_pack_file_that_is_a_pipe_without_waiting()
    {
        if (!OperatingSystem.IsLinux()) Assert.Ignore("a FIFO is made with mkfifo");
        var path = Folder.PathOf("kpipack.json");
        Process.Start("mkfifo", [path]).WaitForExit();
        var read = Task.Run(() => Assert.Throws<InputException>(() => PackFile.Load(Folder.Path))!.Message);
        var ended = read.Wait(TimeSpan.FromSeconds(60));
        if (!ended) using (File.OpenWrite(path)) { }
        Assert.That(ended, Is.True, "the read waited on the pipe");
        Assert.That(read.Result, Does.EndWith("kpipack.json: this is not an ordinary file but a pipe: KpiPack reads only files saved on disk"));
    }
}

/// <summary>The checker's settings and the records the serializer reads into must list the same names.</summary>
public class PackFileShapeTests
{
    [TestCase("PackJson", "")]
    [TestCase("AppendixJson", "appendices")]
    [TestCase("TableJson", "appendices.tables")]
    [TestCase("BenchmarkJson", "benchmarks")]
    [TestCase("SpcJson", "spc")]
    [TestCase("SpcIndicatorJson", "spc.indicators")]
    [TestCase("RebaseJson", "spc.indicators.rebase")]
    public void Every_level_of_the_shape_is_a_record_the_serializer_reads(string record, string level)
    {
        var type = typeof(PackFile).GetNestedType(record, BindingFlags.NonPublic)!;
        var names = type.GetProperties().Select(p => p.GetCustomAttribute<System.Text.Json.Serialization.JsonPropertyNameAttribute>()?.Name
            ?? char.ToLowerInvariant(p.Name[0]) + p.Name[1..]);
        Assert.That(ShapeAt(level).Settings.Keys, Is.EquivalentTo(names));
    }

    private static SettingsShape ShapeAt(string level)
    {
        var shape = PackFileShape.Top;
        foreach (var name in level.Split('.', StringSplitOptions.RemoveEmptyEntries))
            shape = shape.Settings[name] switch
            {
                ListShape { Item: SettingsShape item } => item,
                SettingsShape settings => settings,
                var other => throw new InvalidOperationException($"{name} is {other}"),
            };
        return shape;
    }
}
