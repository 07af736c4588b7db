using System.Globalization;
using KpiPack.Core.Model;
using KpiPack.Tests.Support;

namespace KpiPack.Tests.Deriving;

/// <summary>
/// The sample's computed percentages against every value the council printed for them (Golden/printed-percentages.csv,
/// from ../shared/data: the nine percentages issue 14 names, in each appendix that prints them).
/// </summary>
public class FormulaGoldenTests
{
    private static IEnumerable<TestCaseData> Printed() =>
        CsvRows.Read(RepoPaths.Golden("printed-percentages.csv"))
            .Where(row => SamplePack.Catalogue.Indicators.Single(i => i.Ref == row["ref"]).Formula is not null)
            .Select(row => new TestCaseData(row["ref"], row["month"], row["value"]).SetName($"{row["appendix"]} prints {row["ref"]} {row["month"]} as {row["value"]}"));

    [TestCaseSource(nameof(Printed))]
    public void The_computed_value_at_the_printed_decimals_is_the_printed_one(string reference, string month, string printed)
    {
        var computed = SamplePack.Values.ValueOf(reference, Month.Parse(month)).Number;
        var decimals = printed.Contains('.') ? printed.Length - printed.IndexOf('.') - 1 : 0;
        Assert.That(computed is { } c ? NumberText.Format(c, decimals) : "none", Is.EqualTo(printed), $"unrounded {computed?.ToString(CultureInfo.InvariantCulture)}");
    }

    /// <summary>
    /// M3, M6-QL and EH4-QL stay typed: the council derived EH4-QL's and M6-QL's changes from whole-number percentages
    /// (Jun-19 prints M6-QL 6.0% → 6.0% as 0%, the ratios give 6.13% → 5.90%, -4%), and M3's 2019 counts were revised
    /// between publications, so computing them would reproduce fewer published figures than typing them.
    /// </summary>
    [Test]
    public void The_sample_computes_six_of_the_nine_percentages() =>
        Assert.That(SamplePack.Catalogue.Indicators.Where(i => i.Formula is not null).Select(i => i.Ref),
            Is.EquivalentTo(new[] { "CP4", "CP3-QL", "LAC6 (%)", "LAC12 (%)", "LAC10 (%)", "LAC9" }));
}
