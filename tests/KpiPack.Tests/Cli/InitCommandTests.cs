using KpiPack.Cli;
using KpiPack.Tests.Support;

namespace KpiPack.Tests.Cli;

public class InitCommandTests
{
    private TempFolder _folder = null!;

    [SetUp] public void CreateFolder() => _folder = new TempFolder();
    [TearDown] public void RemoveFolder() => _folder.Dispose();

    [TestCase("children-and-families")]
    [TestCase("early-help")]
    [TestCase("blank")]
    [TestCase("board")]
    public void Makes_a_pack_from_each_template(string template)
    {
        var pack = _folder.PathOf("pack");

        var run = CliRun.Of("init", pack, "--template", template);

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Ok), run.Stderr);
        Assert.That(Directory.GetFiles(pack).Select(Path.GetFileName), Is.EquivalentTo(new[] { "kpipack.json", "catalogue.csv", "workbook.xlsx" }));
        Assert.That(File.ReadAllBytes(Path.Combine(pack, "catalogue.csv")),
            Is.EqualTo(File.ReadAllBytes(Path.Combine(RepoPaths.Root, "templates", template, "catalogue.csv"))));
    }

    [Test]
    public void The_blank_template_validates_and_builds_its_example_month()
    {
        var pack = _folder.PathOf("pack");
        CliRun.Of("init", pack, "--template", "blank");

        var validate = CliRun.Of("validate", "--pack", pack);
        var build = CliRun.Of("build", "--pack", pack);

        Assert.That(validate.Stdout, Does.StartWith("Jun-20 is the latest month with values"));
        Assert.That(validate.ExitCode, Is.Not.EqualTo(ExitCodes.DataError), validate.Stdout);
        Assert.That(build.ExitCode, Is.EqualTo(ExitCodes.Ok), build.Stderr);
        Assert.That(File.Exists(Path.Combine(pack, "appendix-1-2020-06.pdf")));
    }

    [Test]
    public void Never_overwrites_an_existing_pack()
    {
        var pack = _folder.PathOf("pack");
        CliRun.Of("init", pack);
        File.WriteAllText(Path.Combine(pack, "catalogue.csv"), "ref,indicator\nX1,Ours\n");

        var run = CliRun.Of("init", pack, "--template", "blank");

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Usage));
        Assert.That(run.Stderr, Does.Contain("never overwrites a pack"));
        Assert.That(File.ReadAllText(Path.Combine(pack, "catalogue.csv")), Is.EqualTo("ref,indicator\nX1,Ours\n"));
    }

    [Test]
    public void Refuses_a_file_where_the_folder_should_be_and_leaves_it_alone()
    {
        var file = _folder.Write("pack", "not a folder");
        var run = CliRun.Of("init", file);
        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Usage), run.Stderr);
        Assert.That(run.Stderr, Does.Contain("is a file, not a folder"));
        Assert.That(File.ReadAllText(file), Is.EqualTo("not a folder"));
    }

    [Test]
    public void Refuses_an_unknown_template()
    {
        var run = CliRun.Of("init", _folder.PathOf("pack"), "--template", "adult-social-care");
        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Usage));
        Assert.That(Directory.Exists(_folder.PathOf("pack")), Is.False);
    }
}
