using KpiPack.Core.Deriving;
using KpiPack.Core.Model;

namespace KpiPack.Tests.Deriving;

public class DerivationRuleTests
{
    private static Observation N(decimal n) => Observation.Of(n);

    public class ThePercentChange
    {
        [Test]
        public void Is_relative_even_for_percent_indicators()
        {
            // M3 Jun-19: 29.9% → 32.7% was printed as 9%, not 3 points.
            Assert.That(DerivationRules.PercentChange(N(32.7m), N(29.9m)), Is.EqualTo(9));
        }

        [Test]
        public void Is_na_when_the_base_is_zero() =>
            Assert.That(DerivationRules.PercentChange(N(5), N(0)), Is.Null);

        [TestCase("tbc")]
        [TestCase("-")]
        [TestCase("")]
        public void Is_na_when_the_base_is_missing(string marker) =>
            Assert.That(DerivationRules.PercentChange(N(5), Observation.FromText(marker)!), Is.Null);

        [Test]
        public void Is_na_when_the_value_is_missing() =>
            Assert.That(DerivationRules.PercentChange(Observation.FromText("tbc")!, N(5)), Is.Null);

        [TestCase(100, 90.48, -10)] // LAC7-QL Jun-19: −9.52% is printed −10%
        [TestCase(8, 9, 13)]
        [TestCase(200, 201, 1)] // +0.5% rounds away from zero
        [TestCase(200, 199, -1)] // −0.5% rounds away from zero too
        [TestCase(1000, 1004, 0)]
        public void Rounds_half_away_from_zero(decimal from, decimal to, int expected) =>
            Assert.That(DerivationRules.PercentChange(N(to), N(from)), Is.EqualTo(expected));
    }

    public class TheArrow
    {
        [TestCase(10, Direction.Up)]
        [TestCase(9, Direction.Similar)]
        [TestCase(0, Direction.Similar)]
        [TestCase(-9, Direction.Similar)]
        [TestCase(-10, Direction.Down)]
        public void Comes_from_the_rounded_percent_with_ten_counting_as_a_move(int percent, Direction expected) =>
            Assert.That(DerivationRules.DirectionOf(percent), Is.EqualTo(expected));

        [Test]
        public void Of_minus_9_52_percent_is_down_because_it_rounds_to_minus_10()
        {
            var movement = DerivationRules.MovementOf(N(90.48m), N(100), Polarity.Up);
            Assert.That(movement, Is.EqualTo(new Movement(-10, Direction.Down, Judgement.Negative)));
        }

        [Test]
        public void Of_exactly_plus_10_percent_is_up() =>
            Assert.That(DerivationRules.MovementOf(N(110), N(100), Polarity.None)?.Direction, Is.EqualTo(Direction.Up));
    }

    public class TheJudgement
    {
        [TestCase(Direction.Up, Polarity.Up, Judgement.Positive)]
        [TestCase(Direction.Up, Polarity.Down, Judgement.Negative)]
        [TestCase(Direction.Down, Polarity.Down, Judgement.Positive)]
        [TestCase(Direction.Down, Polarity.Up, Judgement.Negative)]
        [TestCase(Direction.Similar, Polarity.Up, Judgement.Similar)]
        [TestCase(Direction.Up, Polarity.None, Judgement.None)]
        public void Follows_the_polarity(Direction direction, Polarity polarity, Judgement expected) =>
            Assert.That(DerivationRules.JudgementOf(direction, polarity), Is.EqualTo(expected));
    }

    public class TheWindow
    {
        private static readonly Month June = new(2019, 6);

        [Test]
        public void Covers_the_twelve_months_ending_at_the_report_month()
        {
            var window = DerivationRules.WindowEndingAt(June);
            Assert.That((window[0], window[^1], window.Count), Is.EqualTo((new Month(2018, 7), June, 12)));
        }

        [Test]
        public void Averages_only_the_numeric_months_and_names_the_others()
        {
            // LAC16 Jun-19: ten numbers and two "tbc" months average 170, not 142.
            var values = new[] { 160m, 165, 170, 175, 180, 160, 165, 170, 175, 179 }.Select(N)
                .Concat([Observation.FromText("tbc")!, Observation.FromText("tbc")!]).ToList();
            var months = DerivationRules.WindowEndingAt(June);
            var summary = DerivationRules.Summarise(months.Zip(values).ToList());

            Assert.That(summary.MonthsUsed, Is.EqualTo(10));
            Assert.That(summary.Average, Is.EqualTo(169.9m));
            Assert.That(summary.Maximum, Is.EqualTo(180m));
            Assert.That(summary.MonthsWithoutNumber, Is.EqualTo(new[] { new Month(2019, 5), June }));
        }

        [Test]
        public void Without_any_number_has_no_average_or_maximum()
        {
            var summary = DerivationRules.Summarise([(June, Observation.Blank)]);
            Assert.That((summary.Average, summary.Maximum, summary.MonthsUsed), Is.EqualTo(((decimal?)null, (decimal?)null, 0)));
        }
    }

    public class TheRag
    {
        private static readonly Figure Target = Figure.Of(100);

        [TestCase(100, Polarity.Up, Rag.Green)]
        [TestCase(120, Polarity.Up, Rag.Green)]
        [TestCase(95, Polarity.Up, Rag.Amber)]
        [TestCase(94.9, Polarity.Up, Rag.Red)]
        [TestCase(100, Polarity.Down, Rag.Green)]
        [TestCase(80, Polarity.Down, Rag.Green)]
        [TestCase(105, Polarity.Down, Rag.Amber)]
        [TestCase(105.1, Polarity.Down, Rag.Red)]
        public void Compares_the_value_with_the_target_in_the_polarity_direction(decimal value, Polarity polarity, Rag expected) =>
            Assert.That(DerivationRules.RagOf(N(value), Target, polarity), Is.EqualTo(expected));

        [Test]
        public void Needs_a_polarity_a_numeric_target_and_a_value()
        {
            Assert.That(DerivationRules.RagOf(N(90), Target, Polarity.None), Is.EqualTo(Rag.None));
            Assert.That(DerivationRules.RagOf(N(90), Figure.Parse("TBC"), Polarity.Up), Is.EqualTo(Rag.None));
            Assert.That(DerivationRules.RagOf(N(90), null, Polarity.Up), Is.EqualTo(Rag.None));
            Assert.That(DerivationRules.RagOf(Observation.FromText("tbc")!, Target, Polarity.Up), Is.EqualTo(Rag.None));
        }

        [Test]
        public void Uses_the_target_of_the_report_months_financial_year()
        {
            var indicator = new Indicator
            {
                Ref = "LAC1", Name = "Looked after children", Polarity = Polarity.Down,
                Targets = new Dictionary<FinancialYear, Figure> { [new(2018)] = Figure.Of(495), [new(2019)] = Figure.Of(420) },
            };
            Assert.That(indicator.TargetFor(new Month(2019, 3))?.Number, Is.EqualTo(495));
            Assert.That(indicator.TargetFor(new Month(2019, 4))?.Number, Is.EqualTo(420));
        }
    }
}
