using KpiPack.Core.Appendix;
using KpiPack.Core.Deriving;
using KpiPack.Core.Drafting;
using KpiPack.Core.Model;
using KpiPack.Core.Spc;

namespace KpiPack.Tests.Appendix;

/// <summary>
/// Issue 29: a point flagged both ways was drawn orange while the icon beside it said improvement. Every reader now
/// takes the one signal <see cref="XmrChart"/> gives each point: the icon, the chart's marks, the caption, the
/// exceptions page and the draft.
/// </summary>
public class OneSignalTests
{
    private static readonly Month End = new(2020, 6);

    private static DerivedRow Row(Polarity polarity, SpcSettings settings, decimal[] values)
    {
        var indicator = new Indicator { Ref = "EH2", Name = "Children in need", Polarity = polarity };
        var cells = values.Select((v, i) => (Key: (indicator.Ref, End.AddMonths(i - values.Length + 1)), Value: Observation.Of(v)))
            .ToDictionary(c => c.Key, c => c.Value);
        var workbook = new MonthlyValues("workbook.csv", cells, new Dictionary<(string, Month), string>());
        return DerivationEngine.DeriveRow(indicator, workbook, End, settings);
    }

    // SignalTests' rising run of seven below the mean (10 to 16 after 38s and 18s): a trend up and a shift below.
    private static readonly decimal[] RisingBelowTheMean = [38, 18, 38, 18, 38, 10, 11, 12, 13, 14, 15, 16];

    [TestCase(Polarity.Up, PointSignal.Improvement, "Special cause: improvement", "better")]
    [TestCase(Polarity.Down, PointSignal.Concern, "Special cause: concern", "worse")]
    [TestCase(Polarity.None, PointSignal.Unusual, "Special cause: unusual", "unusual")]
    public void Icon_chart_caption_exceptions_and_draft_say_the_same(Polarity polarity, PointSignal signal, string heading, string iconWord)
    {
        var row = Row(polarity, SpcSettings.Default, RisingBelowTheMean);
        var chart = ExceptionCharts.Of(row, SpcSettings.Default);

        Assert.That(chart.Points[^1].Signal, Is.EqualTo(signal), "the chart's mark");
        Assert.That(chart.Variation!.Name, Is.EqualTo(iconWord), "the icon");
        Assert.That(chart.Variation.Mark, Is.EqualTo("↑"), "rising: high");
        Assert.That(chart.Caption, Does.StartWith($"{heading} — 7 months in a row rising, Dec-19 to Jun-20"));
        Assert.That(Exceptions.Of([row]).First().Heading, Is.EqualTo(heading), "the exceptions page");
        var draft = DraftFacts.Signal(row, SpcSettings.Default)!;
        Assert.That((draft.Rule, draft.High, draft.Since, draft.Points), Is.EqualTo((SpcRule.Trend, true, new Month(2019, 12), 7)), "the draft");
    }

    [Test]
    public void Unusual_special_causes_are_listed_after_concerns_and_improvements()
    {
        var rows = new[] { Row(Polarity.None, SpcSettings.Default, RisingBelowTheMean), Row(Polarity.Up, SpcSettings.Default, RisingBelowTheMean),
            Row(Polarity.Down, SpcSettings.Default, RisingBelowTheMean) };
        Assert.That(Exceptions.Of(rows).Select(g => g.Heading).Take(3),
            Is.EqualTo(new[] { "Special cause: concern", "Special cause: improvement", "Special cause: unusual" }));
    }

    // Twelve months around 11.5, then from a rebase twelve around 31.5 (SignalTests): steady within each period.
    private static readonly decimal[] Rebased = [10, 12, 11, 13, 12, 11, 10, 12, 13, 11, 12, 11, 30, 32, 31, 33, 32, 31, 30, 32, 33, 31, 32, 31];

    [Test]
    public void A_rebased_chart_carries_each_period_and_says_the_rebase()
    {
        var settings = SpcSettings.Default with
        {
            Indicators = new Dictionary<string, IndicatorSpc> { ["EH2"] = new() { Rebases = [new SpcRebase(new Month(2019, 7), "counted per child")] } },
        };
        var chart = ExceptionCharts.Of(Row(Polarity.Up, settings, Rebased), settings);

        Assert.That(chart.Periods.Select(p => (p.From, p.To, p.Mean)), Is.EqualTo(new[] { (-0.5, 11.5, (decimal?)11.5m), (11.5, 23.5, (decimal?)31.5m) }));
        Assert.That(chart.Periods[1].Rebase?.Reason, Is.EqualTo("counted per child"));
        Assert.That(chart.Mean, Is.EqualTo(31.5m), "the current period's");
        Assert.That(chart.YMin, Is.LessThanOrEqualTo(chart.Periods[0].LowerLimit!.Value), "the scale takes in every period's limits");
        Assert.That(chart.Caption, Does.StartWith("Common cause — Jun-20's 31 is within the process limits"));
        Assert.That(chart.Caption, Does.EndWith("; limits recalculated from Jul-19: counted per child"));
        Assert.That(chart.Points.Select(p => p.Signal), Is.All.EqualTo(PointSignal.Common));
    }
}
