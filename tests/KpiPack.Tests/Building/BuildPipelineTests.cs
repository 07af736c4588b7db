using KpiPack.Core.Building;
using KpiPack.Core.Input;
using KpiPack.Core.Model;
using KpiPack.Core.Packs;
using KpiPack.Tests.Support;

namespace KpiPack.Tests.Building;

/// <summary>The pipeline behind <c>kpipack build</c>, on the sample pack (two appendices from one catalogue).</summary>
public class BuildPipelineTests
{
    private static readonly Month June19 = new(2019, 6);
    private static readonly Month June20 = new(2020, 6);

    private static LoadedPack Sample()
    {
        var findings = new Findings();
        return LoadedPack.Load(PackFile.Load(RepoPaths.SamplePack), findings) ?? throw new InvalidOperationException(string.Join("\n", findings));
    }

    [Test]
    public void Derives_each_month_once_however_many_appendices_and_checks()
    {
        // Given a pack of two appendices, when a build of two months is planned
        var pack = Sample();
        var plan = BuildPipeline.Plan(pack, new BuildRequest { Months = [June19, June20] }, June20, new Findings());

        // then there are four jobs, the checks included, from two derivations
        Assert.That(plan.Jobs.Select(j => (j.Appendix.Number, j.Month)),
            Is.EqualTo(new[] { ("1", June19), ("2", June19), ("1", June20), ("2", June20) }));
        Assert.That(pack.Derivations, Is.EqualTo(2));
    }

    [Test]
    public void Each_appendix_holds_only_its_sections_and_columns()
    {
        var plan = BuildPipeline.Plan(Sample(), new BuildRequest { Months = [June19] }, June20, new Findings());
        var (children, earlyHelp) = (plan.Jobs[0].Appendix, plan.Jobs[1].Appendix);

        Assert.That(children.Rows.Select(r => r.Indicator.Section).Distinct(), Is.EqualTo(new[] { "Children and Families" }));
        Assert.That(earlyHelp.Rows.Select(r => r.Indicator.Section).Distinct(), Is.EqualTo(new[] { "Early Help" }));
        Assert.That(children.Columns.Select(c => c.Label), Does.Contain("Outcome").And.Contain("DoT"));
        Assert.That(earlyHelp.Columns.Select(c => c.Label), Does.Not.Contain("Outcome").And.Not.Contain("DoT"));
        Assert.That(earlyHelp.Exceptions, Is.Null, "the Early Help appendix does not list exceptions");
    }

    [Test]
    public void Plans_the_pdf_its_html_twin_and_on_request_the_csv()
    {
        var pack = Sample();
        var plan = BuildPipeline.Plan(pack, new BuildRequest { Months = [June19], Appendix = "2", Csv = true }, June20, new Findings());

        Assert.That(plan.Outputs.Select(o => (o.Edition, Path.GetFileName(o.Path))), Is.EqualTo(new[]
        {
            (Edition.Pdf, "appendix-2-2019-06.pdf"), (Edition.Html, "appendix-2-2019-06.html"), (Edition.Csv, "appendix-2-2019-06.csv"),
            (Edition.Record, "appendix-2-2019-06.csv"),
        }));
        // The record of printed figures goes in its own folder beside the appendices.
        Assert.That(Path.GetFileName(Path.GetDirectoryName(plan.Outputs.Last().Path)), Is.EqualTo("printed-figures"));
    }

    [Test]
    public void Refuses_an_appendix_the_pack_does_not_have() =>
        Assert.That(() => BuildPipeline.Plan(Sample(), new BuildRequest { Months = [June19], Appendix = "3" }, June20, new Findings()),
            Throws.TypeOf<RequestException>().With.Message.Contains("the pack has appendices 1, 2"));

    [Test]
    public void A_month_is_still_to_come_only_after_the_day_the_caller_gives()
    {
        // The sample runs to Jun-20: in May 2020 its last month is still to come; a month later it is not.
        var early = new Findings();
        BuildPipeline.Check(Sample(), June20, new Month(2020, 5), early);
        var later = new Findings();
        BuildPipeline.Check(Sample(), June20, June20, later);

        Assert.That(early.Warnings.Select(w => w.Message), Has.Some.Contains("months still to come (Jun-20)"));
        Assert.That(later.Warnings.Select(w => w.Message), Has.None.Contains("still to come"));
    }

    [Test]
    public void Planning_writes_nothing()
    {
        using var folder = new TempFolder();
        var copy = folder.CopyOf(RepoPaths.SamplePack);
        var findings = new Findings();
        var pack = LoadedPack.Load(PackFile.Load(copy), findings)!;
        var before = Directory.GetFiles(copy).Order().ToList();

        BuildPipeline.Plan(pack, new BuildRequest { Months = [June19], Csv = true }, June20, findings);

        Assert.That(Directory.GetFiles(copy).Order(), Is.EqualTo(before));
    }
}
