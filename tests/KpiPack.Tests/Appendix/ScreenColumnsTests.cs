using KpiPack.Core.Appendix;
using KpiPack.Core.Model;
using KpiPack.Core.Packs;
using KpiPack.Tests.Rendering;

namespace KpiPack.Tests.Appendix;

/// <summary>
/// The HTML edition's own column order (issue 20): the same columns as the council's, only arranged so what a
/// councillor reads first sits beside the indicator.
/// </summary>
public class ScreenColumnsTests
{
    private static readonly Month June20 = Month.Parse("2020-06");

    [Test]
    public void Are_the_councils_columns_and_no_others()
    {
        var appendix = SampleAppendix.Model(June20);
        // The same objects, so a heading or a cell cannot differ between the orders.
        Assert.That(appendix.ScreenColumns, Is.EquivalentTo(appendix.Columns).Using((IEqualityComparer<AppendixColumn>)ReferenceEqualityComparer.Instance));
        Assert.That(appendix.ScreenColumns.Select(c => c.Heading), Is.Not.EqualTo(appendix.Columns.Select(c => c.Heading)), "a different order");
    }

    [Test]
    public void Put_the_month_its_changes_the_target_and_spc_beside_the_indicator()
    {
        var headings = SampleAppendix.Model(June20).ScreenColumns.Select(c => c.Heading).ToList();

        Assert.That(headings.Take(12), Is.EqualTo(new[]
        {
            // The sample catalogue has targets up to 19-20, so Jun-20 shows last year's target and no RAG. Its workbook
            // has no figure for Jul-19 to Sep-19: those columns are left out.
            "Ref", "Indicator", "Month Jun-20", "% change from previous month", "% change from same month last year", "DoT",
            "Target 19-20", "SPC variation", "SPC assurance", "Month Jun-19", "Month Oct-19", "Month Nov-19",
        }));
        Assert.That(headings.SkipWhile(h => h != "Month May-20").Skip(1), Is.EqualTo(new[]
        {
            "Trend 13 months", "12 months average", "12 months maximum", "Benchmarking Stat. Neighbour", "Benchmarking England",
            "Benchmarking SE region", "Owner / Reporter", "Outcome", "Commentary (Jun-20)",
        }));
    }

    [Test]
    public void Leave_out_what_the_pack_leaves_out()
    {
        var appendix = SampleAppendix.Model(June20, pack => pack with
        {
            Appendices = [new AppendixDefinition { Number = "1", Parts = new HashSet<AppendixPart> { AppendixPart.Months, AppendixPart.Changes } }],
        });

        Assert.That(appendix.ScreenColumns.Select(c => c.Heading).Take(5),
            Is.EqualTo(new[] { "Ref", "Indicator", "Month Jun-20", "% change from previous month", "% change from same month last year" }));
        Assert.That(appendix.ScreenColumns, Has.Count.EqualTo(appendix.Columns.Count));
    }
}
