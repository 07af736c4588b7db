using System.Globalization;
using System.Text.RegularExpressions;
using KpiPack.Core.Appendix;
using KpiPack.Core.Deriving;
using KpiPack.Core.Drafting;
using KpiPack.Core.Input;
using KpiPack.Core.Model;
using KpiPack.Core.Packs;
using KpiPack.Core.Spc;
using KpiPack.Tests.Support;

namespace KpiPack.Tests.Drafting;

/// <summary>
/// Every draft of the sample, every month, every indicator (as <c>kpipack draft --all</c> writes them), read back
/// clause by clause and checked against the workbook and the derived row: each number must be one the data gives or
/// computes, each month one the claim holds for. The checks work from the values, not from the drafting code.
/// </summary>
public class SampleDraftsAreTrueTests
{
    private static readonly Lazy<LoadedPack> Sample = new(() =>
    {
        var findings = new Findings();
        var pack = LoadedPack.Load(PackFile.Load(RepoPaths.SamplePack), findings);
        findings.ThrowIfErrors();
        return pack!;
    });

    private static IEnumerable<TestCaseData> Months() =>
        Sample.Value.MonthsWithValues.Select(m => new TestCaseData(m.ToString()).SetName($"Every draft of the sample is true in {m.Label}"));

    [Test]
    public void The_sample_has_months_and_drafts_to_walk()
    {
        Assert.That(Sample.Value.MonthsWithValues, Has.Count.GreaterThan(12));
        // Each kind of clause turns up somewhere in the sample, so the checks below are not vacuous.
        var clauses = Sample.Value.MonthsWithValues.SelectMany(m => PackDrafts.Of(Sample.Value, m, all: true)).SelectMany(d => Clauses(d.Text)).ToList();
        foreach (var kind in new[] { "on the month, from", "Unchanged on the month", "than", "the highest since", "the lowest since",
                     "each month since", "12-month average", "the target of", "consistently missed", "(SPC)", "No figure for", "Stood at" })
            Assert.That(clauses, Has.Some.Contains(kind), kind);
    }

    [TestCaseSource(nameof(Months))]
    public void Every_draft_of_the_month_is_true_of_the_data(string monthText)
    {
        var pack = Sample.Value;
        var month = Month.Parse(monthText);
        var drafts = PackDrafts.Of(pack, month, all: true);
        // Every indicator with a section the sample's appendices print: not the population the rates are computed over.
        Assert.That(drafts, Has.Count.EqualTo(pack.Catalogue.Indicators.Count(i => i.Section.Length > 0)), "--all drafts every indicator the appendices show");

        foreach (var draft in drafts)
        {
            var check = new Check(draft.Row, pack.Values, pack.Pack.Months);
            Assert.That(draft.Text.Length, Is.InRange(1, Drafter.MaxLength), draft.Text);
            Assert.That(draft.Text, Does.EndWith("."));
            foreach (var clause in Clauses(draft.Text))
                Assert.That(check.Holds(clause), Is.True, $"{draft.Row.Indicator.Ref} {month.Label}: '{clause}' in \"{draft.Text}\"");
            foreach (var number in Numbers(draft.Text))
                Assert.That(check.Numbers, Does.Contain(number), $"{draft.Row.Indicator.Ref} {month.Label}: {number} in \"{draft.Text}\" is not a figure of the data");
        }
    }

    private static IEnumerable<string> Clauses(string text) => text.TrimEnd('.').Split("; ");

    private const string MonthPattern = @"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)-\d\d";

    /// <summary>The numbers in a text: "1,403", "43", "26.6"; month labels and the name "12-month average" are not figures.</summary>
    private static IEnumerable<string> Numbers(string text) =>
        Regex.Matches(Regex.Replace(Regex.Replace(text, MonthPattern, ""), "12-month average", "average"), @"\d+(?:,\d{3})*(?:\.\d+)?").Select(m => m.Value);

    /// <summary>The facts of one indicator's month, worked out from the workbook and the derived row.</summary>
    private sealed class Check
    {
        private readonly DerivedRow _row;
        private readonly MonthlyValues _values;
        private readonly Indicator _indicator;
        private readonly decimal? _now;

        /// <summary>The decimals the appendix prints the row's month figures at: the most any of its shown months has.</summary>
        private readonly int _decimals;

        public Check(DerivedRow row, MonthlyValues values, int monthsShown)
        {
            _row = row;
            _values = values;
            _indicator = row.Indicator;
            _decimals = Figures.DecimalsOf(Enumerable.Range(0, monthsShown).Select(back => values.ValueOf(row.Indicator.Ref, row.Month.AddMonths(-back))));
            _now = row.Value.Number;
            Numbers = NumbersOfTheData().ToHashSet();
        }

        /// <summary>Every number the data gives for the indicator up to the month, or the derived row computes.</summary>
        public HashSet<string> Numbers { get; }

        private IEnumerable<string> NumbersOfTheData()
        {
            var texts = new List<string>();
            texts.AddRange(Earlier().Select(m => Value(m.Month)));
            texts.Add(Figures.Value(_row.Value, _indicator, _decimals));
            texts.AddRange(new[] { _row.FromPreviousMonth, _row.FromPreviousYear }.OfType<Movement>().Select(m => Math.Abs(m.Percent).ToString(CultureInfo.InvariantCulture)));
            texts.Add(Figures.Statistic(_row.Window.Average, _indicator));
            texts.Add(_row.Window.MonthsUsed.ToString(CultureInfo.InvariantCulture));
            texts.Add(Figures.Figure(_row.Target, _indicator));
            var spc = _row.Spc;
            if (spc.HasLimits)
            {
                texts.AddRange(new[] { spc.Mean, spc.UpperLimit, spc.LowerLimit }.Select(x => Figures.Statistic(x, _indicator)));
                // The lengths of the runs that end at the month, counted from the chart's points.
                texts.AddRange(Enumerable.Range(1, spc.Points.Count).Select(n => n.ToString(CultureInfo.InvariantCulture)));
            }
            return texts.SelectMany(t => SampleDraftsAreTrueTests.Numbers(t));
        }

        private IEnumerable<(Month Month, Observation Value)> Earlier() =>
            _values.Months.Where(m => m < _row.Month).Select(m => (m, _values.ValueOf(_indicator.Ref, m)));

        private string Value(Month month) => Figures.Value(_values.ValueOf(_indicator.Ref, month), _indicator, _decimals);
        private decimal? Number(Month month) => _values.ValueOf(_indicator.Ref, month).Number;
        private static Month Label(string label) => Month.Parse(label);

        public bool Holds(string clause)
        {
            Match m;
            var month = _row.Month;
            if ((m = Regex.Match(clause, @"^(Rose|Fell)(?: (\d+)%| (slightly))? on the month, from (.+) to (.+?)(?: \((improved|worsened)\))?$")).Success)
            {
                var previous = month.AddMonths(-1);
                var movement = _row.FromPreviousMonth;
                return Number(previous) is { } then && _now is { } now
                    && (m.Groups[1].Value == "Rose" ? now > then : now < then)
                    && m.Groups[4].Value == Value(previous) && m.Groups[5].Value == Figures.Value(_row.Value, _indicator, _decimals)
                    && (m.Groups[2].Success ? movement is { } mv && mv.Percent != 0 && Math.Abs(mv.Percent).ToString(CultureInfo.InvariantCulture) == m.Groups[2].Value
                        : m.Groups[3].Success ? movement is { Percent: 0 }
                        : movement is null && then == 0)
                    && JudgedAs(m.Groups[6], movement);
            }
            if ((m = Regex.Match(clause, @"^Unchanged on the month at (.+)$")).Success)
                return _now is { } n && Number(month.AddMonths(-1)) == n && m.Groups[1].Value == Figures.Value(_row.Value, _indicator, _decimals);
            if ((m = Regex.Match(clause, $@"^Stood at (.+) in ({MonthPattern})(, the first month with a figure)?$")).Success)
                return _now is not null && m.Groups[1].Value == Figures.Value(_row.Value, _indicator, _decimals) && Label(m.Groups[2].Value) == month
                    && Number(month.AddMonths(-1)) is null
                    && (!m.Groups[3].Success || Earlier().All(e => !e.Value.IsNumber));
            if ((m = Regex.Match(clause, $@"^no figure for ({MonthPattern}) to compare with$")).Success)
                return Label(m.Groups[1].Value) == month.AddMonths(-1) && Number(month.AddMonths(-1)) is null;
            if ((m = Regex.Match(clause, $@"^No figure for ({MonthPattern})(?: \((.+)\))?$")).Success)
                return Label(m.Groups[1].Value) == month && _now is null && _row.Value.Marker == (m.Groups[2].Success ? m.Groups[2].Value : "");
            if ((m = Regex.Match(clause, $@"^(?:the (highest|lowest) since ({MonthPattern})|equal to ({MonthPattern}) and the (highest|lowest) since)$")).Success)
            {
                var highest = (m.Groups[1].Success ? m.Groups[1] : m.Groups[4]).Value == "highest";
                var since = Label((m.Groups[2].Success ? m.Groups[2] : m.Groups[3]).Value);
                var between = Earlier().Where(e => e.Month > since && e.Value.IsNumber).Select(e => e.Value.Number!.Value).ToList();
                return _now is { } now && Number(since) is { } then
                    && (m.Groups[3].Success ? then == now : highest ? then > now : then < now)
                    && between.Count >= 2 && between.All(b => highest ? b < now : b > now);
            }
            if ((m = Regex.Match(clause, $@"^the (highest|lowest) since the figures began in ({MonthPattern})$")).Success)
            {
                var figures = Earlier().Where(e => e.Value.IsNumber).ToList();
                return _now is { } now && figures.Count >= 3 && figures[0].Month == Label(m.Groups[2].Value)
                    && figures.All(f => m.Groups[1].Value == "highest" ? f.Value.Number < now : f.Value.Number > now);
            }
            if ((m = Regex.Match(clause, $@"^(rising|falling) each month since ({MonthPattern})$")).Success)
            {
                var since = Label(m.Groups[2].Value);
                var steps = 0;
                for (var at = since; at < month; at = at.AddMonths(1), steps++)
                {
                    if (Number(at) is not { } a || Number(at.AddMonths(1)) is not { } b) return false;
                    if (m.Groups[1].Value == "rising" ? b <= a : b >= a) return false;
                }
                return steps >= 3;
            }
            if ((m = Regex.Match(clause, @"^(above|below|level with) the 12-month average of (.+?)(?: \((\d+) months\))?$")).Success)
            {
                var average = Math.Round(_row.Window.Average!.Value, _indicator.Decimals, MidpointRounding.AwayFromZero);
                var now = Math.Round(_now!.Value, _indicator.Decimals, MidpointRounding.AwayFromZero);
                return m.Groups[2].Value == Figures.Statistic(_row.Window.Average, _indicator)
                    && (m.Groups[3].Success ? m.Groups[3].Value == _row.Window.MonthsUsed.ToString(CultureInfo.InvariantCulture) : _row.Window.MonthsUsed == 12)
                    && m.Groups[1].Value == (now > average ? "above" : now < average ? "below" : "level with");
            }
            if ((m = Regex.Match(clause, $@"^(?:(\d+)% |(slightly) )?(higher|lower) than ({MonthPattern})'s (.+?)(?: \((improved|worsened)\))?$")).Success)
            {
                var yearBefore = month.AddMonths(-12);
                var movement = _row.FromPreviousYear;
                return Label(m.Groups[4].Value) == yearBefore && Number(yearBefore) is { } then && _now is { } now
                    && (m.Groups[3].Value == "higher" ? now > then : now < then) && m.Groups[5].Value == Value(yearBefore)
                    && (m.Groups[1].Success ? movement is { } mv && Math.Abs(mv.Percent).ToString(CultureInfo.InvariantCulture) == m.Groups[1].Value
                        : m.Groups[2].Success ? movement is { Percent: 0 }
                        : movement is null && then == 0)
                    && JudgedAs(m.Groups[6], movement);
            }
            if ((m = Regex.Match(clause, $@"^the same as ({MonthPattern})$")).Success)
                return Label(m.Groups[1].Value) == month.AddMonths(-12) && _now is { } same && Number(month.AddMonths(-12)) == same;
            if ((m = Regex.Match(clause, @"^(better than|on|just short of|short of) the target of (.+) \((green|amber|red)\)$")).Success)
            {
                var meets = _indicator.Polarity == Polarity.Up ? _now >= _row.Target?.Number : _now <= _row.Target?.Number;
                return m.Groups[2].Value == Figures.Figure(_row.Target, _indicator) && m.Groups[3].Value == _row.Rag.ToString().ToLowerInvariant()
                    && m.Groups[1].Value switch
                    {
                        "on" => _now == _row.Target?.Number,
                        "better than" => meets && _now != _row.Target?.Number,
                        _ => !meets,
                    };
            }
            if ((m = Regex.Match(clause, @"^the target is outside its process limits: consistently (met|missed) \(SPC\)$")).Success)
                return _row.Target?.Number is { } target && _row.Spc.HasLimits && (target < _row.Spc.LowerLimit || target > _row.Spc.UpperLimit)
                    && m.Groups[1].Value == ((_indicator.Polarity == Polarity.Up) == (target < _row.Spc.LowerLimit) ? "met" : "missed");
            if ((m = Regex.Match(clause, @"^a special cause(?: of (improvement|concern)|, (neither better nor worse)) \(SPC\): (.+)$")).Success)
                return SpcHolds(m.Groups[1].Success ? m.Groups[1].Value : "neutral", m.Groups[3].Value);
            return false;
        }

        private static bool JudgedAs(Group word, Movement? movement) =>
            (word.Success ? word.Value : "") == (movement?.Judgement switch { Judgement.Positive => "improved", Judgement.Negative => "worsened", _ => "" });

        private bool SpcHolds(string nature, string rule)
        {
            var spc = _row.Spc;
            var variation = spc.Variation.ToString();
            if (!spc.HasLimits || !variation.StartsWith(nature, StringComparison.OrdinalIgnoreCase)) return false;
            var high = variation.EndsWith("High", StringComparison.Ordinal);
            var points = spc.Points;
            if (points[^1].Month != _row.Month) return false;
            Match m;
            if ((m = Regex.Match(rule, @"^(above the upper|below the lower) process limit of (.+)$")).Success)
                return high == m.Groups[1].Value.StartsWith("above")
                    && (high ? points[^1].Value > spc.UpperLimit : points[^1].Value < spc.LowerLimit)
                    && m.Groups[2].Value == Figures.Statistic(high ? spc.UpperLimit : spc.LowerLimit, _indicator);
            if ((m = Regex.Match(rule, $@"^(\d+) figures in a row (above|below) the mean of (.+), since ({MonthPattern})$")).Success)
            {
                var n = int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture);
                var run = points.TakeLast(n).ToList();
                return n <= points.Count && high == (m.Groups[2].Value == "above")
                    && run.All(p => high ? p.Value > spc.Mean : p.Value < spc.Mean)
                    && run[0].Month == Label(m.Groups[4].Value) && m.Groups[3].Value == Figures.Statistic(spc.Mean, _indicator);
            }
            if ((m = Regex.Match(rule, $@"^a (rising|falling) run of (\d+) figures since ({MonthPattern})$")).Success)
            {
                var n = int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture);
                var run = points.TakeLast(n).ToList();
                return n <= points.Count && high == (m.Groups[1].Value == "rising") && run[0].Month == Label(m.Groups[3].Value)
                    && run.Zip(run.Skip(1)).All(p => high ? p.Second.Value > p.First.Value : p.Second.Value < p.First.Value);
            }
            if ((m = Regex.Match(rule, @"^two of the last three figures close to the (upper|lower) process limit of (.+)$")).Success)
            {
                bool Beyond(SpcPoint p) => high ? p.Value > spc.UpperNearLimit : p.Value < spc.LowerNearLimit;
                return high == (m.Groups[1].Value == "upper") && points.Count >= 3 && Beyond(points[^1]) && (Beyond(points[^2]) || Beyond(points[^3]))
                    && m.Groups[2].Value == Figures.Statistic(high ? spc.UpperLimit : spc.LowerLimit, _indicator);
            }
            return false;
        }
    }
}
