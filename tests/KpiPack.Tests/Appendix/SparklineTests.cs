using KpiPack.Core.Appendix;
using KpiPack.Core.Model;

namespace KpiPack.Tests.Appendix;

public class SparklineTests
{
    private static readonly Indicator Contacts = new() { Ref = "M1", Name = "Contacts" };

    private static List<(Month, Observation)> Months(params decimal?[] values) =>
        values.Select((v, i) => (new Month(2019, 7).AddMonths(i), v is { } n ? Observation.Of(n) : Observation.Blank)).ToList();

    [Test]
    public void Breaks_the_line_where_a_month_has_no_figure_and_says_which()
    {
        // Jul-19 to Dec-19 with Sep-19 and Oct-19 missing: two pieces of line, and the gap said in words.
        var line = Sparkline.Of(Months(10, 12, null, null, 11, 13), null, Contacts)!;

        Assert.That(line.Segments.Select(s => s.Count), Is.EqualTo(new[] { 2, 2 }));
        Assert.That(line.Description, Does.Contain("no figure for Sep-19, Oct-19"));
        Assert.That(line.Latest, Is.EqualTo(line.Segments[^1][^1]));
    }

    [Test]
    public void Scales_every_point_into_the_unit_square_left_to_right()
    {
        var line = Sparkline.Of(Months(10, 20, 15), null, Contacts)!;
        var points = line.Segments.Single();

        Assert.That(points.Select(p => p.X), Is.Ordered.Ascending);
        Assert.That(points.SelectMany(p => new[] { p.X, p.Y }), Is.All.InRange(0f, 1f));
        Assert.That(points.MaxBy(p => p.Y), Is.EqualTo(points[1]), "the highest month is drawn highest");
    }

    [Test]
    public void Has_no_line_with_fewer_than_two_figures() =>
        Assert.That(Sparkline.Of(Months(null, 5, null), null, Contacts), Is.Null);
}
