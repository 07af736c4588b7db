using KpiPack.Cli;
using KpiPack.Tests.Support;

namespace KpiPack.Tests.Cli;

/// <summary>A month left out of the table for having no figure at all is told to the data team once, as a warning.</summary>
public class EmptyMonthWarningTests : SamplePackCopy
{
    [Test]
    public void The_months_the_workbook_has_no_figure_for_are_one_warning_for_the_appendix()
    {
        var run = CliRun.Of("build", "--pack", Pack, "--month", "2020-06", "--appendix", "1");

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Ok), run.Stderr);
        var warnings = run.Stderr.Split('\n').Where(l => l.Contains("leaves them out")).ToList();
        Assert.That(warnings, Has.Count.EqualTo(1));
        Assert.That(warnings[0], Does.EndWith(
            "workbook.xlsx: appendix 1: Jul-19, Aug-19, Sep-19: no indicator has a figure for them, so the table leaves them out " +
            "(a note under the keys says so), in the report for Jun-20"));
    }

    [Test]
    public void A_report_whose_months_all_have_figures_gets_no_such_warning()
    {
        var run = CliRun.Of("build", "--pack", Pack, "--month", "2019-06", "--appendix", "1");

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Ok), run.Stderr);
        Assert.That(run.Stderr, Does.Not.Contain("leaves them out").And.Not.Contain("leaves it out"));
    }
}
