using KpiPack.Core.Input;
using KpiPack.Core.Model;
using KpiPack.Tests.Support;

namespace KpiPack.Tests.Deriving;

/// <summary>
/// The sample pack with the nine percentages of issue 14 given another way: typed as the council printed them, or
/// computed by plain ratio formulas from their counts. The counts and every other indicator stay as in the sample.
/// </summary>
internal static class PercentageVariants
{
    /// <summary>The nine percentages and the counts the issue says they are ratios of.</summary>
    public static readonly IReadOnlyDictionary<string, string> Ratios = new Dictionary<string, string>
    {
        ["M3"] = "[M2] / [M1] * 100",
        ["M6-QL"] = "[M6-QL (val)] / [M2] * 100",
        ["CP4"] = "[CP4 (val)] / [CP2] * 100",
        ["CP3-QL"] = "[CP3-QL (val)] / [CP2] * 100",
        ["EH4-QL"] = "[EH4 (val)] / [EH3] * 100",
        ["LAC6 (%)"] = "[LAC6 (val)] / [LAC3] * 100",
        ["LAC12 (%)"] = "[LAC12 (val)] / [LAC3] * 100",
        ["LAC10 (%)"] = "[LAC10-QL] / [LAC1] * 100",
        ["LAC9"] = "[LAC9 (val)] / [LAC1] * 100",
    };

    /// <summary>Every printed month cell of the nine, per appendix (Golden/printed-percentages.csv).</summary>
    public static IReadOnlyList<(string Appendix, string Ref, Month Month, string Printed)> Printed { get; } =
        CsvRows.Read(RepoPaths.Golden("printed-percentages.csv"))
            .Select(r => (r["appendix"], r["ref"], Month.Parse(r["month"]), r["value"]))
            .ToList();

    /// <summary>
    /// The pack with <paramref name="formulas"/> computing those of the nine they name and the rest typed as printed
    /// (where two appendices print a month, the later one, as the sample's workbook does).
    /// </summary>
    public static JudgedPack With(IReadOnlyDictionary<string, string> formulas)
    {
        var catalogue = SamplePack.Catalogue with
        {
            Indicators = SamplePack.Catalogue.Indicators.Select(i => !Ratios.ContainsKey(i.Ref) ? i : i with
            {
                Formula = formulas.TryGetValue(i.Ref, out var text)
                    ? FormulaParser.Parse(text).Formula ?? throw new ArgumentException($"{i.Ref}: cannot parse {text}")
                    : null,
            }).ToList(),
        };
        // Blank first: the sample computes some of them in months no appendix prints them.
        var typed = Ratios.Keys.Where(r => !formulas.ContainsKey(r))
            .SelectMany(r => SamplePack.Values.Months.Select(m => (r, m)))
            .ToDictionary(k => k, _ => Observation.Blank);
        foreach (var (_, reference, month, printed) in Printed.Where(p => !formulas.ContainsKey(p.Ref)))
            typed[(reference, month)] = Observation.FromText(printed)!;
        var findings = new Findings();
        var values = FormulaValues.Compute(catalogue, SamplePack.Values.With(typed), findings);
        if (findings.HasErrors) throw new InvalidOperationException(string.Join("; ", findings));
        return new JudgedPack(catalogue, values);
    }

    public static JudgedPack AllTyped() => With(new Dictionary<string, string>());

    public static JudgedPack AllRatios() => With(Ratios);

    /// <summary>The sample as it is: its own formulas, the rest of the nine typed.</summary>
    public static JudgedPack Sample() => JudgedPack.Sample;
}
