using KpiPack.Core.Model;

namespace KpiPack.Tests.Model;

public class MonthTests
{
    [TestCase("2020-06")]
    [TestCase("Jun-20")]
    [TestCase("Jun 2020")]
    [TestCase("June 2020")]
    public void Parses_the_file_format_and_the_councils_labels(string text) =>
        Assert.That(Month.Parse(text), Is.EqualTo(new Month(2020, 6)));

    [TestCase("2020-13")]
    [TestCase("June")]
    [TestCase("")]
    public void Refuses_what_is_not_a_month(string text) =>
        Assert.That(Month.TryParse(text, out _), Is.False);

    [Test]
    public void Steps_across_years() =>
        Assert.That((new Month(2019, 6).AddMonths(-12), new Month(2019, 1).AddMonths(-1)), Is.EqualTo((new Month(2018, 6), new Month(2018, 12))));

    [Test]
    public void Prints_as_the_appendix_does() =>
        Assert.That((new Month(2020, 6).Label, new Month(2020, 6).ToString()), Is.EqualTo(("Jun-20", "2020-06")));

    [TestCase(2020, 3, 2019)]
    [TestCase(2020, 4, 2020)]
    public void Belongs_to_the_financial_year_starting_in_april(int year, int month, int startYear) =>
        Assert.That(new Month(year, month).FinancialYear, Is.EqualTo(new FinancialYear(startYear)));

    [Test]
    public void The_default_is_january_of_year_one_and_behaves_as_a_month()
    {
        var month = default(Month);

        Assert.That(month, Is.EqualTo(new Month(1, 1)));
        Assert.That((month.Year, month.Number, month.Label, month.ToString()), Is.EqualTo((1, 1, "Jan-01", "0001-01")));
        Assert.That(month.AddMonths(13), Is.EqualTo(new Month(2, 2)));
        Assert.That(month, Is.LessThan(new Month(2020, 6)));
    }

    [Test]
    public void Stepping_outside_years_1_to_9999_is_refused()
    {
        Assert.That(() => default(Month).AddMonths(-1), Throws.TypeOf<ArgumentOutOfRangeException>().With.Message.Contains("outside years 1..9999"));
        Assert.That(() => new Month(9999, 12).AddMonths(1), Throws.TypeOf<ArgumentOutOfRangeException>());
        Assert.That(() => new Month(2020, 6).AddMonths(int.MaxValue), Throws.TypeOf<ArgumentOutOfRangeException>());
        Assert.That(new Month(9999, 11).AddMonths(1), Is.EqualTo(new Month(9999, 12)));
    }

    [TestCase(0, 1)]
    [TestCase(2020, 0)]
    [TestCase(2020, 13)]
    public void Refuses_a_year_or_month_out_of_range(int year, int number) =>
        Assert.That(() => new Month(year, number), Throws.TypeOf<ArgumentOutOfRangeException>());

    [Test]
    public void Orders_by_year_then_month() =>
        Assert.That(new[] { new Month(2020, 1), new Month(2019, 12), new Month(2019, 2) }.Order(),
            Is.EqualTo(new[] { new Month(2019, 2), new Month(2019, 12), new Month(2020, 1) }));
}
