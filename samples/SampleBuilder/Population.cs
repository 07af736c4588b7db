using System.Globalization;

namespace KpiPack.SampleBuilder;

/// <summary>
/// The number of children aged 0-17 the "-NI" rates are per 10,000 of. The appendices do not print it; these figures
/// are the ones their printed rates and counts allow: a single population from a July fits M2-NI, CP1-NI, CP6B-NI
/// and LAC1-NI in every printed month (49,756..49,925 for Jul-17..Jun-18, 50,265..50,335 for Jul-18..Jun-19, and
/// 50,828..50,839 from Jul-19 to Dec-20, the Dec-20 appendix included: a mid-year estimate taken up in July 2018 and
/// 2019, none in 2020). Within those ranges these reproduce every printed rate and all 40 of the rates' published
/// changes, averages and maxima in Jun-19, Apr-20 and Jun-20 (and the Dec-20 appendix's 20).
/// </summary>
internal static class Population
{
    public const string Ref = "POP0-17";
    public const string Name = "Children aged 0-17 in the city (mid-year estimate, from each July)";

    public static decimal In(string month)
    {
        var date = DateTime.ParseExact(month, "yyyy-MM", CultureInfo.InvariantCulture);
        var yearFromJuly = date.Month >= 7 ? date.Year : date.Year - 1;
        return yearFromJuly switch
        {
            2017 => 49_920,
            2018 => 50_330,
            >= 2019 => 50_835,
            _ => throw new ArgumentOutOfRangeException(nameof(month), month, "no population for this year"),
        };
    }
}
