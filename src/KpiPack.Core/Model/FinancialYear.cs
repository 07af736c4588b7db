namespace KpiPack.Core.Model;

/// <summary>A UK public-sector financial year, April of <see cref="StartYear"/> to March of the next.</summary>
public readonly record struct FinancialYear(int StartYear) : IComparable<FinancialYear>
{
    /// <summary>"2019-20", as the council heads its target columns ("Target 19-20").</summary>
    public string Label => $"{StartYear}-{(StartYear + 1) % 100:00}";

    public string ShortLabel => $"{StartYear % 100:00}-{(StartYear + 1) % 100:00}";

    public int CompareTo(FinancialYear other) => StartYear.CompareTo(other.StartYear);

    public override string ToString() => Label;
}
