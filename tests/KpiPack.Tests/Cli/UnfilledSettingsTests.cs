using KpiPack.Tests.Support;

namespace KpiPack.Tests.Cli;

/// <summary>A new pack's author and agenda item: a template's placeholder or an empty setting is said once, naming the setting.</summary>
public class UnfilledSettingsTests
{
    private TempFolder _folder = null!;

    [SetUp] public void CreateFolder() => _folder = new TempFolder();
    [TearDown] public void RemoveFolder() => _folder.Dispose();

    private string NewPack(string template)
    {
        var pack = _folder.PathOf("pack");
        Assert.That(CliRun.Of("init", pack, "--template", template).ExitCode, Is.Zero);
        foreach (var file in new[] { "catalogue.csv", "workbook.xlsx" })
            File.Copy(Path.Combine(RepoPaths.SamplePack, file), Path.Combine(pack, file), overwrite: true);
        return pack;
    }

    private static List<string> About(CliRun run, string setting) =>
        (run.Stdout + run.Stderr).Split('\n').Where(l => l.Contains($"\"{setting}\"")).ToList();

    [TestCase("children-and-families")]
    [TestCase("early-help")]
    [TestCase("blank")]
    public void A_templates_placeholders_are_named_once_by_the_first_build(string template)
    {
        var pack = NewPack(template);

        var run = CliRun.Of("build", "--pack", pack, "--month", "2019-06");

        var said = About(run, "author");
        Assert.That(said, Has.Count.EqualTo(1), run.Stderr);
        Assert.That(said[0], Does.Contain("kpipack.json: \"agendaItem\" is still the template's '[N]' and \"author\" is still the template's '[your team]'"));
        Assert.That(said[0], Does.Contain("set \"agendaItem\" to the committee's agenda item and \"author\" to your team's name"));
    }

    [Test]
    public void Empty_settings_are_named_and_settings_given_to_build_are_not()
    {
        var pack = NewPack("blank");
        var file = Path.Combine(pack, "kpipack.json");
        File.WriteAllText(file, File.ReadAllText(file).Replace("\"[your team]\"", "\"\"").Replace("\"[N]\"", "\"\""));

        var plain = CliRun.Of("validate", "--pack", pack, "--month", "2019-06");
        var given = CliRun.Of("build", "--pack", pack, "--month", "2019-06", "--author", "Data team", "--agenda-item", "7");

        Assert.That(About(plain, "author").Single(), Does.Contain("\"agendaItem\" is empty and \"author\" is empty: every page's stamp reads only \"Appendix N\", and the PDF names no author"));
        Assert.That(About(given, "author").Concat(About(given, "agendaItem")), Is.Empty, given.Stderr);
    }

    [Test]
    public void A_pack_that_leaves_the_settings_out_does_without_them_quietly()
    {
        _folder.Write("kpipack.json", """{ "workbook": "workbook.xlsx" }""");
        foreach (var name in new[] { "catalogue.csv", "workbook.xlsx" }) File.Copy(Path.Combine(RepoPaths.SamplePack, name), _folder.PathOf(name));

        var run = CliRun.Of("validate", "--pack", _folder.Path, "--month", "2020-06");

        Assert.That(run.Stdout, Does.Not.Contain("\"author\"").And.Not.Contain("\"agendaItem\""));
    }
}
