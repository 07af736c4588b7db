using KpiPack.Core.Deriving;
using KpiPack.Core.Drafting;
using KpiPack.Core.Model;
using KpiPack.Core.Spc;

namespace KpiPack.Tests.Drafting;

/// <summary>Drafts of stated figures: an indicator's months ending in Jun-20, derived as a build derives them.</summary>
internal static class DraftBuilder
{
    public static readonly Month June = new(2020, 6);

    public static Indicator Indicator(Unit unit = Unit.Count, Polarity polarity = Polarity.None, string? target = null) => new()
    {
        Ref = "X1",
        Name = "Things counted",
        Unit = unit,
        Polarity = polarity,
        Decimals = Core.Model.Indicator.DefaultDecimals(unit),
        Targets = target is null
            ? new Dictionary<FinancialYear, Figure>()
            : new Dictionary<FinancialYear, Figure> { [June.FinancialYear] = Figure.Parse(target)! },
    };

    /// <summary>The draft for Jun-20 of these months' cells, oldest first, the last being Jun-20 ("tbc" and "" are missing figures).</summary>
    public static Draft Of(Indicator indicator, params string[] cells)
    {
        var values = cells
            .Select((cell, i) => (Month: June.AddMonths(i - cells.Length + 1), Value: Observation.FromText(cell)!))
            .ToDictionary(c => (indicator.Ref, c.Month), c => c.Value);
        var monthly = new MonthlyValues("workbook.csv", values, new Dictionary<(string, Month), string>());
        var row = DerivationEngine.DeriveRow(indicator, monthly, June);
        return Drafter.Of(row, History.Of(monthly, indicator.Ref, June), SpcSettings.Default);
    }

    public static string Text(Indicator indicator, params string[] cells) => Of(indicator, cells).Text;
}
