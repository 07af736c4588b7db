using KpiPack.Core.Appendix;
using KpiPack.Core.Deriving;
using KpiPack.Core.Model;
using KpiPack.Core.Packs;
using KpiPack.Tests.Rendering;

namespace KpiPack.Tests.Appendix;

/// <summary>A column that would print nothing on any row is left out of the table, and the appendix says so.</summary>
public class EmptyColumnsTests
{
    private static readonly Month June20 = new(2020, 6);
    private static readonly Month September19 = new(2019, 9);

    /// <summary>
    /// Two sections over Jun-19 to Jun-20: A1 has a 2019-20 target and a figure every month; B1 and B2 have no target,
    /// and neither has a figure for Sep-19 (B1 blank, B2 marked "tbc"), nor B1 one for Jun-20.
    /// </summary>
    private static AppendixModel Model(string section)
    {
        var a = new Indicator { Ref = "A1", Name = "With a target", Section = "A", Targets = new Dictionary<FinancialYear, Figure> { [new(2019)] = Figure.Of(10) } };
        var b1 = new Indicator { Ref = "B1", Name = "Without one", Section = "B" };
        var b2 = new Indicator { Ref = "B2", Name = "Nor this", Section = "B" };
        var values = new Dictionary<(string, Month), Observation>();
        foreach (var month in MonthRange.EndingAt(June20, 13))
        {
            values[("A1", month)] = Observation.Of(12);
            if (month != September19 && month != June20) values[("B1", month)] = Observation.Of(3);
            values[("B2", month)] = month == September19 ? Observation.Missing("tbc") : Observation.Of(4);
        }
        var catalogue = new Catalogue("catalogue.csv", [a, b1, b2]);
        var monthly = new MonthlyValues("workbook.csv", values, new Dictionary<(string, Month), string>());
        var pack = SampleAppendix.Pack.Pack with { TargetYears = 2 };
        var definition = new AppendixDefinition { Number = "1", Sections = [section] };
        var table = DerivationEngine.Derive(catalogue, monthly, June20, pack.Spc).OnlySections([section]);
        return AppendixModel.Of(pack, definition, table, catalogue, monthly);
    }

    [Test]
    public void A_month_with_no_figure_in_any_row_is_left_out_and_said_under_the_keys()
    {
        var model = Model("B");

        Assert.That(model.Columns.Select(c => c.Heading), Does.Not.Contain("Month Sep-19").And.Contain("Month Aug-19").And.Contain("Month Oct-19"));
        Assert.That(model.ScreenColumns.Select(c => c.Heading), Does.Not.Contain("Month Sep-19"));
        Assert.That(model.LeftOut.Select(l => (l.Heading, l.Lacks, l.Month)), Does.Contain(("Sep-19", "a figure", (Month?)September19)));
        var key = model.Keys.Single(k => k.Label == "Columns left out:");
        Assert.That(key.ItemsText, Does.Contain("Sep-19: no indicator has a figure for it"));
        Assert.That(model.Keys[^1], Is.SameAs(key), "after the keys that explain what is printed");
    }

    [Test]
    public void A_month_with_one_figure_stays_and_the_report_month_always_stays()
    {
        var withFigures = Model("A");
        var model = Model("B");

        Assert.That(withFigures.Columns.Select(c => c.Heading), Does.Contain("Month Sep-19"));
        Assert.That(withFigures.LeftOut, Is.Empty);
        Assert.That(withFigures.Keys.Select(k => k.Label), Does.Not.Contain("Columns left out:"));
        // Jun-20: B1 has none, B2 has one. Either way it is the month the paper is about.
        Assert.That(model.Columns.Count(c => c.Month == June20), Is.EqualTo(1));
    }

    [Test]
    public void A_target_column_empty_on_every_row_is_left_out_of_the_table_and_the_exceptions()
    {
        var withTarget = Model("A");
        var model = Model("B");

        Assert.That(withTarget.Columns.Select(c => c.Heading), Does.Contain("Target 19-20"));
        Assert.That(model.Columns.Select(c => c.Heading), Does.Not.Contain("Target 19-20"));
        Assert.That(model.Keys[^1].ItemsText, Does.Contain("Target 19-20: no indicator has a target for it"));
        Assert.That(model.Exceptions!.Columns.Select(c => c.Group), Does.Not.Contain("Target"));
        Assert.That(model.LeftOut.Count(l => l.Heading == "Target 19-20"), Is.EqualTo(1), "said once, for the table");
    }

    [Test]
    public void The_sample_leaves_out_the_three_months_its_workbook_skips()
    {
        // The council's published papers give Jun-19 and Jan-20 onwards: Jul-19 to Sep-19 have no figure at all.
        var june20 = SampleAppendix.Model(June20);
        var june19 = SampleAppendix.Model(new Month(2019, 6));

        Assert.That(june20.LeftOut.Select(l => l.Heading), Is.EqualTo(new[] { "Jul-19", "Aug-19", "Sep-19" }));
        Assert.That(june20.Columns.Count(c => c.Month is not null), Is.EqualTo(10));
        Assert.That(june19.LeftOut, Is.Empty);
        Assert.That(june19.Columns.Count(c => c.Month is not null), Is.EqualTo(13));
    }
}
