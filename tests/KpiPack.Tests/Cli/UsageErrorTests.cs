using KpiPack.Cli;

namespace KpiPack.Tests.Cli;

/// <summary>Command-line mistakes said in KpiPack's words, with what was probably meant: never the parser library's.</summary>
public class UsageErrorTests
{
    [TestCase(new[] { "build", "--mnth", "2020-06" },
        "kpipack: '--mnth' is not an option of 'kpipack build': did you mean '--month'? ('kpipack build --help' lists them)\n")]
    [TestCase(new[] { "bild" },
        "kpipack: 'bild' is not a command: did you mean 'build'? (the commands are init, validate, build, derive, draft)\n")]
    [TestCase(new[] { "build", "--month" }, "kpipack: --month needs a value: 'kpipack build --help' says what it takes\n")]
    [TestCase(new[] { "build", "2020-06" }, "kpipack: '2020-06' was not expected: each value follows its option, e.g. --month 2020-06\n")]
    [TestCase(new string[0], "kpipack: name a command: init, validate, build, derive, draft ('kpipack --help' says what each does)\n")]
    [TestCase(new[] { "derive", "--format", "xml" }, "kpipack: --format 'xml' is not csv or json\n")]
    public void Says_what_was_not_understood_and_what_was_meant(string[] args, string expected)
    {
        var run = CliRun.Of(args);
        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Usage));
        Assert.That(run.Stderr.Replace("\r\n", "\n"), Is.EqualTo(expected));
    }

    [Test]
    public void Takes_a_format_in_any_case()
    {
        var run = CliRun.Of("derive", "--format", "JSON", "--pack", Support.RepoPaths.SamplePack, "--month", "2020-06");
        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Ok), run.Stderr);
        Assert.That(run.Stdout.TrimStart(), Does.StartWith("["));
    }
}
