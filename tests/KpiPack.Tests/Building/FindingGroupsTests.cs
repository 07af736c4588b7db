using KpiPack.Core.Input;
using KpiPack.Core.Model;
using KpiPack.Core.Validation;

namespace KpiPack.Tests.Building;

/// <summary>Findings of many report months as one list (issue 16): shared findings once, with their months.</summary>
public class FindingGroupsTests
{
    private static readonly Month[] Months = [new(2020, 1), new(2020, 2), new(2020, 3), new(2020, 4), new(2020, 5), new(2020, 6)];

    private static Finding NoValue(string reference, Month month) =>
        new(Severity.Warning, new InputLocation("workbook.csv", Row: month.Number), $"{reference} has no value for {month.Label}")
        {
            AcrossMonths = new AcrossMonths(1, new InputLocation("workbook.csv"), $"{reference} has no value"),
        };

    private static Finding Moved(Month month) =>
        new(Severity.Warning, new InputLocation("workbook.csv"), $"M1 moved with no commentary for {month.Label}")
        {
            AcrossMonths = new AcrossMonths(2, new InputLocation("workbook.csv"), "M1 moved with no commentary"),
        };

    [Test]
    public void A_finding_of_many_months_is_one_line_naming_them_and_one_of_one_month_is_said_in_full()
    {
        var months = Months.Select(m => new MonthFindings(m, m.Number == 3 ? [Moved(m), NoValue("M2", m)] : [NoValue("M2", m)])).ToList();
        var wholePack = new Finding(Severity.Error, new InputLocation("catalogue.csv", Row: 2), "M1 is a percentage but Jan-20 is 130");

        var lines = FindingGroups.Of([wholePack], months).Select(g => g.ToString()).ToList();

        Assert.That(lines, Is.EqualTo(new[]
        {
            "catalogue.csv, row 2: M1 is a percentage but Jan-20 is 130",
            "workbook.csv: M2 has no value (in every month's report, Jan-20 to Jun-20)",
            "workbook.csv: M1 moved with no commentary for Mar-20 (in the Mar-20 report)",
        }));
    }

    [Test]
    public void One_month_is_said_as_it_was_found()
    {
        var month = new MonthFindings(Months[0], [Moved(Months[0]), NoValue("M2", Months[0])]);
        Assert.That(FindingGroups.Of([], [month]).Select(g => g.ToString()),
            Is.EqualTo(new[] { "workbook.csv: M1 moved with no commentary for Jan-20", "workbook.csv, row 1: M2 has no value for Jan-20" }));
    }

    [TestCase(new[] { 2, 3, 4 }, "in the reports for Feb-20 to Apr-20")]
    [TestCase(new[] { 2, 3 }, "in the reports for Feb-20 and Mar-20")]
    [TestCase(new[] { 1, 3 }, "in the reports for Jan-20, Mar-20")]
    [TestCase(new[] { 1, 2, 4, 5, 6 }, "in the reports for Jan-20, Feb-20, Apr-20, May-20 and 1 more")]
    [TestCase(new[] { 5 }, "in the May-20 report")]
    public void Names_the_months_shortly(int[] numbers, string expected) =>
        Assert.That(FindingGroups.Describe(numbers.Select(n => new Month(2020, n)).ToList(), Months), Is.EqualTo(expected));
}
