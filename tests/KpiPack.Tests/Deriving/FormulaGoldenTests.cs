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
        CsvRows.Read(RepoPaths.Golden("printed-percentages.csv")).Concat(CsvRows.Read(RepoPaths.Golden("printed-rates.csv")))
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
    /// All nine, two of them rounded to whole numbers as the council's sheet kept them (M6-QL, EH4-QL: Jun-19 prints
    /// M6-QL 32 / 542 = 5.90% as 6.0, and its 6.0% → 6.0% as 0%). PercentageChoiceTests shows what each choice reproduces.
    /// </summary>
    [Test]
    public void The_sample_computes_all_nine_percentages_rounding_the_two_the_council_kept_whole() =>
        Assert.That(SamplePack.Catalogue.Indicators.Where(i => i.Formula is not null && PercentageVariants.Ratios.ContainsKey(i.Ref)).ToDictionary(i => i.Ref, i => i.Formula!.ToString()),
            Is.EquivalentTo(PercentageVariants.Ratios.ToDictionary(r => r.Key, r => r.Key is "M6-QL" or "EH4-QL" ? $"round({r.Value}, 0)" : r.Value)));

    /// <summary>
    /// The rates per 10,000 children over one population a year (samples/SampleBuilder/Population.cs): four rounded
    /// whole, as the council kept them; CP2-NI unrounded, which only then gives its printed changes.
    /// </summary>
    [Test]
    public void The_sample_computes_the_five_rates_from_a_population_that_prints_nowhere()
    {
        var population = SamplePack.Catalogue.Indicators.Single(i => i.Ref == "POP0-17");
        Assert.That(population.Section, Is.Empty);
        Assert.That(SamplePack.Catalogue.Indicators.Where(i => i.Ref.EndsWith("-NI", StringComparison.Ordinal)).ToDictionary(i => i.Ref, i => i.Formula?.ToString()),
            Is.EquivalentTo(new Dictionary<string, string?>
            {
                ["M2-NI"] = "round([M2] / [POP0-17] * 10000, 0)",
                ["CP1-NI"] = "round([CP1] / [POP0-17] * 10000, 0)",
                ["CP6B-NI"] = "round([CP6B] / [POP0-17] * 10000, 0)",
                ["CP2-NI"] = "([CP2] + [CP2b]) / [POP0-17] * 10000",
                ["LAC1-NI"] = "round([LAC1] / [POP0-17] * 10000, 0)",
            }));
    }
}
