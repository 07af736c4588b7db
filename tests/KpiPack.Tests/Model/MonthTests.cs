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
}
