using KpiPack.Core.Deriving;
using KpiPack.Core.Model;

namespace KpiPack.Tests.Deriving;

/// <summary>The board tables' Trend and Direction of travel, with figures seed 004 prints for Jul-23.</summary>
public class MonthOnMonthTests
{
    private static Observation N(decimal n) => Observation.Of(n);

    public class TheDifference
    {
        [TestCase(1804, 1948, -144)] // contacts in the month, Jun-23 → Jul-23: Trend −144
        [TestCase(172, 154, 18)] // referrals into Early Help: 18
        [TestCase(292, 283, 9)] // C&F assessments completed: 9
        [TestCase(343, 354, -11)] // rolling rate of S47 enquiries per 10,000: −11
        public void Is_this_month_minus_last(decimal now, decimal then, decimal expected) =>
            Assert.That(MonthOnMonth.Difference(N(now), N(then), 0), Is.EqualTo(expected));

        [Test]
        public void Is_taken_between_the_figures_as_printed_at_the_indicators_decimals()
        {
            // 32.74 and 32.66 both print as 32.7: the reader sees no change, and neither does the difference.
            Assert.That(MonthOnMonth.Difference(N(32.74m), N(32.66m), 1), Is.EqualTo(0m));
            Assert.That(MonthOnMonth.Difference(N(32.76m), N(32.64m), 1), Is.EqualTo(0.2m));
        }

        [TestCase("tbc", "5")]
        [TestCase("5", "-")]
        [TestCase("", "5")]
        public void Is_null_when_either_month_has_no_figure(string now, string then) =>
            Assert.That(MonthOnMonth.Difference(Observation.FromText(now)!, Observation.FromText(then)!, 0), Is.Null);
    }

    public class TheTravel
    {
        [TestCase(510, 518, Polarity.Down, Travel.Improved)] // children in our care (target 495, lower better): printed 1
        [TestCase(310, 285, Polarity.Down, Travel.Worsened)] // referrals into statutory service (target 273): −1
        [TestCase(62, 60, Polarity.Up, Travel.Improved)] // Early Help visits in 4 weeks (target 95%): 1
        [TestCase(95, 95, Polarity.Up, Travel.Same)] // CIN (not CWD) visited in 6 weeks: 0
        [TestCase(88, 95, Polarity.Up, Travel.Worsened)] // CIN (CWD) visited in timescales: −1
        public void Is_the_movement_read_with_the_polarity(decimal now, decimal then, Polarity polarity, Travel expected) =>
            Assert.That(MonthOnMonth.TravelOf(N(now), N(then), polarity, 0), Is.EqualTo(expected));

        [Test]
        public void Counts_any_change_with_no_ten_per_cent_band()
        {
            // 518 → 510 is a 1.5% fall: the 2019 arrows call it similar, the board's direction improved.
            Assert.That(DerivationRules.MovementOf(N(510), N(518), Polarity.Down)!.Direction, Is.EqualTo(Direction.Similar));
            Assert.That(MonthOnMonth.TravelOf(N(510), N(518), Polarity.Down, 0), Is.EqualTo(Travel.Improved));
        }

        [Test]
        public void Is_none_without_a_polarity_or_either_figure()
        {
            Assert.That(MonthOnMonth.TravelOf(N(1804), N(1948), Polarity.None, 0), Is.EqualTo(Travel.None));
            Assert.That(MonthOnMonth.TravelOf(Observation.FromText("tbc")!, N(5), Polarity.Up, 0), Is.EqualTo(Travel.None));
            Assert.That(MonthOnMonth.TravelOf(N(5), Observation.Blank, Polarity.Down, 0), Is.EqualTo(Travel.None));
        }
    }

    public class TheLatestValue
    {
        private static readonly Indicator Visits = new() { Ref = "CPB13", Name = "CLA visited in timescales", Unit = Unit.Percent, Polarity = Polarity.Up, Decimals = 0 };

        private static MonthlyValues Values(params (string Month, string Value)[] cells) => new(
            "workbook.csv",
            cells.ToDictionary(c => (Visits.Ref, Month.Parse(c.Month)), c => Observation.FromText(c.Value)!),
            new Dictionary<(string, Month), string>());

        [Test]
        public void Judges_at_the_latest_month_with_a_value_and_says_which()
        {
            // Corporate parenting board, Jul-23 report: the figures stop at May-23 (90% in Apr-23, 95% in May-23).
            var values = Values(("2023-04", "90"), ("2023-05", "95"), ("2023-06", ""), ("2023-07", ""));
            var row = DerivationEngine.DeriveAtLatest(Visits, values, new Month(2023, 7));
            Assert.That((row.JudgedAt, row.Value.Number, row.ChangeFromPreviousMonth, row.Travel),
                Is.EqualTo((new Month(2023, 5), 95m, 5m, Travel.Improved)));
        }

        [Test]
        public void Is_the_report_month_when_it_has_a_value()
        {
            var values = Values(("2023-06", "90"), ("2023-07", "88"));
            var row = DerivationEngine.DeriveAtLatest(Visits, values, new Month(2023, 7));
            Assert.That((row.JudgedAt, row.ChangeFromPreviousMonth, row.Travel), Is.EqualTo(((Month?)null, -2m, Travel.Worsened)));
        }

        [Test]
        public void Looks_back_no_more_than_a_year()
        {
            var values = Values(("2022-06", "90"), ("2023-07", ""));
            Assert.That(DerivationEngine.DeriveAtLatest(Visits, values, new Month(2023, 7)).JudgedAt, Is.Null);
        }
    }
}
