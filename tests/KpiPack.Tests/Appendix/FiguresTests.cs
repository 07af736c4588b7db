using KpiPack.Core.Appendix;
using KpiPack.Core.Model;

namespace KpiPack.Tests.Appendix;

public class FiguresTests
{
    private static readonly Indicator Share = new() { Ref = "M3", Name = "Share", Unit = Unit.Percent, Decimals = 1 };

    [Test]
    public void A_rows_values_share_the_most_decimals_any_of_them_has()
    {
        var row = new[] { Observation.Of(21m), Observation.Of(23.6m), Observation.Missing("tbc") };
        var decimals = Figures.DecimalsOf(row);
        Assert.That(row.Select(v => Figures.Value(v, Share, decimals)), Is.EqualTo(new[] { "21.0%", "23.6%", "tbc" }));
    }

    [Test]
    public void A_row_of_whole_numbers_stays_whole()
    {
        var row = new[] { Observation.Of(1403m), Observation.Of(1172m) };
        Assert.That(row.Select(v => Figures.Value(v, Share with { Unit = Unit.Count }, Figures.DecimalsOf(row))), Is.EqualTo(new[] { "1,403", "1,172" }));
    }
}
