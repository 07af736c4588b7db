using System.Text;
using KpiPack.Core.Model;

namespace KpiPack.Tests.Deriving;

/// <summary>
/// Issue 14's "done when", on the three months we have: how many of the council's figures for the nine percentages
/// (printed values, % changes, arrows, averages, maxima) the engine reproduces exactly when the nine are typed as
/// printed, computed by plain ratio formulas, or given as the sample gives them. Run with
/// <c>--logger "console;verbosity=detailed"</c> to see the table and the figures won and lost.
/// </summary>
public class PercentageChoiceTests
{
    private static readonly string[] Kinds = ["values", "% change (month)", "% change (year)", "arrows", "averages", "maxima", "mismatches"];

    private static readonly Lazy<IReadOnlyList<(string Name, JudgedPack Pack)>> Variants = new(() =>
    [
        ("(a) typed as printed", PercentageVariants.AllTyped()),
        ("(b) plain ratios", PercentageVariants.AllRatios()),
        ("(c) the sample", PercentageVariants.Sample()),
        // What "changes from the value as printed" would give: every ratio rounded to the one decimal the catalogue prints.
        ("(d) round(ratio, 1)", PercentageVariants.With(PercentageVariants.Ratios.ToDictionary(r => r.Key, r => $"round({r.Value}, 1)"))),
        ("(e) round(ratio, 0)", PercentageVariants.With(PercentageVariants.Ratios.ToDictionary(r => r.Key, r => $"round({r.Value}, 0)"))),
    ]);

    /// <summary>How many of the council's figures for the nine a pack reproduces exactly (and gets wrong), by month and kind.</summary>
    private static Dictionary<(string Month, string Kind), int> Reproduced(JudgedPack pack)
    {
        var counts = PublishedFigure.Months.SelectMany(m => Kinds.Select(k => (m, k))).ToDictionary(k => k, _ => 0);
        foreach (var (appendix, reference, month, printed) in PercentageVariants.Printed)
        {
            var decimals = printed.Contains('.') ? printed.Length - printed.IndexOf('.') - 1 : 0;
            if (pack.Values.ValueOf(reference, month).Number is { } n && NumberText.Format(n, decimals) == printed)
                counts[(appendix, "values")]++;
        }
        foreach (var figure in NinesFigures())
        {
            var verdict = FigureCheck.Judge(figure, pack).Verdict;
            if (verdict == Verdict.Exact) counts[(figure.ReportMonth, KindOf(figure.Field))]++;
            if (verdict == Verdict.Mismatch) counts[(figure.ReportMonth, "mismatches")]++;
        }
        return counts;
    }

    private static IEnumerable<PublishedFigure> NinesFigures() =>
        PublishedFigure.All().Where(f => PercentageVariants.Ratios.ContainsKey(f.Ref));

    private static string KindOf(string field) => field switch
    {
        "pct_change_prev_month" => "% change (month)",
        "pct_change_prev_year" => "% change (year)",
        "dot_arrow_prev_month" or "dot_arrow_prev_year" => "arrows",
        "avg_12m" => "averages",
        _ => "maxima",
    };

    private static int Sum(Dictionary<(string Month, string Kind), int> counts, string month, string kind) =>
        counts.Where(c => c.Key.Kind == kind && (month == "all" || c.Key.Month == month)).Sum(c => c.Value);

    [Test]
    public void Prints_the_figures_each_way_of_giving_the_nine_reproduces()
    {
        var text = new StringBuilder($"{"",-24}{"month",-9}{string.Join("", Kinds.Select(k => $"{k,17}"))}\n");
        foreach (var (name, pack) in Variants.Value)
        {
            var counts = Reproduced(pack);
            foreach (var month in PublishedFigure.Months.Append("all"))
                text.Append($"{name,-24}{month,-9}{string.Join("", Kinds.Select(k => $"{Sum(counts, month, k),17}"))}\n");
        }
        var (typed, sample) = (Variants.Value[0].Pack, Variants.Value[2].Pack);
        foreach (var figure in NinesFigures())
        {
            var (a, c) = (FigureCheck.Judge(figure, typed), FigureCheck.Judge(figure, sample));
            if ((a.Verdict == Verdict.Exact) != (c.Verdict == Verdict.Exact))
                text.Append($"{figure}: typed {a.Verdict} ({a.Detail}); sample {c.Verdict} ({c.Detail})\n");
        }
        TestContext.Out.WriteLine(text);
        Assert.That(text.ToString(), Does.Contain("(c) the sample"));
    }

    /// <summary>The issue's condition: the sample's way of giving the nine reproduces at least what typing them does.</summary>
    [Test]
    public void The_sample_reproduces_at_least_as_many_figures_as_typing_the_printed_percentages()
    {
        var typed = Reproduced(PercentageVariants.AllTyped());
        var sample = Reproduced(PercentageVariants.Sample());
        Assert.Multiple(() =>
        {
            foreach (var month in PublishedFigure.Months)
                foreach (var kind in Kinds.Where(k => k != "mismatches"))
                    Assert.That(sample[(month, kind)], Is.GreaterThanOrEqualTo(typed[(month, kind)]), $"{month} {kind}");
        });
    }
}
