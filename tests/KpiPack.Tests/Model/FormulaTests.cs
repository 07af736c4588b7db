using KpiPack.Core.Input;
using KpiPack.Core.Model;

namespace KpiPack.Tests.Model;

public class FormulaTests
{
    private static Formula Parsed(string text) =>
        FormulaParser.Parse(text).Formula ?? throw new AssertionException($"'{text}' did not parse: {FormulaParser.Parse(text).Error}");

    private static Observation Evaluate(string text, params (string Ref, Observation Value)[] values) =>
        Parsed(text).Evaluate(r => values.Single(v => v.Ref == r).Value);

    public class Parsing : FormulaTests
    {
        [TestCase("[M2] / [M1] * 100", "[M2] / [M1] * 100")]
        [TestCase("[M2]/[M1]*100", "[M2] / [M1] * 100")]
        [TestCase("  [A] + [B] * [C] ", "[A] + [B] * [C]")]
        [TestCase("([A] + [B]) * [C]", "([A] + [B]) * [C]")]
        [TestCase("[A] - ([B] - [C])", "[A] - ([B] - [C])")]
        [TestCase("([A] - [B]) - [C]", "[A] - [B] - [C]")]
        [TestCase("[A] / ([B] * [C])", "[A] / ([B] * [C])")]
        [TestCase("-[A] + 2.5", "-[A] + 2.5")]
        [TestCase("-([A] + 1)", "-([A] + 1)")]
        [TestCase("[LAC1] / [POP0-17] * 10000", "[LAC1] / [POP0-17] * 10000")]
        [TestCase("round([M6-QL (val)]/[M2]*100,0)", "round([M6-QL (val)] / [M2] * 100, 0)")]
        [TestCase("ROUND( [A] , 1 ) * 2", "round([A], 1) * 2")]
        [TestCase("-round([A] - [B], 2)", "-round([A] - [B], 2)")]
        [TestCase("round(round([A], 3) / 7, 10)", "round(round([A], 3) / 7, 10)")]
        public void Reads_and_writes_back_with_only_the_parentheses_needed(string text, string written) =>
            Assert.That(Parsed(text).ToString(), Is.EqualTo(written));

        [Test]
        public void Multiplication_binds_tighter_than_addition_and_operators_of_a_level_run_left_to_right()
        {
            Assert.That(Evaluate("2 + 3 * 4").Number, Is.EqualTo(14m));
            Assert.That(Evaluate("(2 + 3) * 4").Number, Is.EqualTo(20m));
            Assert.That(Evaluate("10 - 4 - 3").Number, Is.EqualTo(3m));
            Assert.That(Evaluate("100 / 10 / 5").Number, Is.EqualTo(2m));
            Assert.That(Evaluate("2 - -3").Number, Is.EqualTo(5m));
        }

        [Test]
        public void A_ref_may_hold_spaces_round_brackets_and_percent_signs()
        {
            var formula = Parsed("[LAC11-QL (%)] + [M6-QL (val)] / [CP2b %]");
            Assert.That(formula.Refs, Is.EqualTo(new[] { "LAC11-QL (%)", "M6-QL (val)", "CP2b %" }));
        }

        [Test]
        public void Refs_are_listed_once_in_order_of_first_use() =>
            Assert.That(Parsed("[B] / ([A] + [B])").Refs, Is.EqualTo(new[] { "B", "A" }));

        [TestCase("[M2] / ", 8)]
        [TestCase("[M2] [M1]", 6)]
        [TestCase("[M2] * / [M1]", 8)]
        [TestCase("([M2] / [M1]", 13)]
        [TestCase("[M2 / 100", 10)]
        [TestCase("M2 / M1", 1)]
        [TestCase("[M2] % 100", 6)]
        [TestCase("1e3 * [M1]", 2)]
        [TestCase("[M1] * 123456789012345678901234567890", 8)]
        [TestCase("round([A])", 10)]
        [TestCase("round([A], 1.5)", 13)]
        [TestCase("round([A], 11)", 12)]
        [TestCase("round([A], 99999999999)", 12)]
        [TestCase("round([A], -1)", 12)]
        [TestCase("round [A], 1", 6)]
        [TestCase("rnd([A], 1)", 2)]
        public void A_syntax_error_says_where_reading_stopped(string text, int position)
        {
            var (formula, error, at) = FormulaParser.Parse(text);
            Assert.That(formula, Is.Null);
            Assert.That(error, Is.Not.Empty);
            Assert.That(at, Is.EqualTo(position), error);
        }
    }

    public class Evaluating : FormulaTests
    {
        [Test]
        public void Computes_the_ratio_unrounded() =>
            Assert.That(Evaluate("[M2] / [M1] * 100", ("M2", Observation.Of(1)), ("M1", Observation.Of(3))).Number,
                Is.EqualTo(1m / 3m * 100m));

        [Test]
        public void A_missing_operand_gives_a_missing_result_with_the_first_missing_operands_marker()
        {
            Assert.That(Evaluate("[A] / [B]", ("A", Observation.Missing("tbc")), ("B", Observation.Missing("-"))), Is.EqualTo(Observation.Missing("tbc")));
            Assert.That(Evaluate("[A] / [B]", ("A", Observation.Of(1)), ("B", Observation.Missing("-"))), Is.EqualTo(Observation.Missing("-")));
            Assert.That(Evaluate("[A] + [B]", ("A", Observation.Blank), ("B", Observation.Missing("tbc"))), Is.EqualTo(Observation.Blank));
            Assert.That(Evaluate("-[A]", ("A", Observation.Missing("TBC"))), Is.EqualTo(Observation.Missing("TBC")));
        }

        [Test]
        public void Division_by_zero_is_na_never_an_error()
        {
            Assert.That(Evaluate("[A] / [B] * 100", ("A", Observation.Of(5)), ("B", Observation.Of(0))), Is.EqualTo(Observation.Missing("n/a")));
            Assert.That(Evaluate("1 / ([A] - [A])", ("A", Observation.Of(7))), Is.EqualTo(Observation.Missing("n/a")));
        }

        [TestCase(5.904, 0, 6)]
        [TestCase(6.5, 0, 7)]
        [TestCase(-6.5, 0, -7)]
        [TestCase(89.796, 0, 90)]
        [TestCase(24.35, 1, 24.4)]
        [TestCase(24.349, 1, 24.3)]
        public void Round_takes_a_figure_half_away_from_zero_as_a_spreadsheet_does(decimal value, int places, decimal rounded) =>
            Assert.That(Evaluate($"round([A], {places})", ("A", Observation.Of(value))).Number, Is.EqualTo(rounded));

        [Test]
        public void Round_keeps_a_missing_operand_missing_with_its_marker()
        {
            Assert.That(Evaluate("round([A] / [B] * 100, 0)", ("A", Observation.Missing("tbc")), ("B", Observation.Of(3))), Is.EqualTo(Observation.Missing("tbc")));
            Assert.That(Evaluate("round([A] / [B], 0)", ("A", Observation.Of(3)), ("B", Observation.Of(0))), Is.EqualTo(Observation.Missing("n/a")));
        }

        [Test]
        public void Round_refuses_places_it_cannot_print()
        {
            Assert.Throws<ArgumentOutOfRangeException>(() => _ = new Formula.Round(new Formula.Number(1), -1));
            Assert.Throws<ArgumentOutOfRangeException>(() => _ = new Formula.Round(new Formula.Number(1), Formula.Round.MaxDecimals + 1));
        }

        [Test]
        public void Round_reads_the_refs_inside_it() =>
            Assert.That(Parsed("round([B] / [A], 1) + [C]").Refs, Is.EqualTo(new[] { "B", "A", "C" }));

        [Test]
        public void A_result_too_large_to_hold_is_na_never_an_error() =>
            Assert.That(Evaluate("[A] * [A] * [A]", ("A", Observation.Of(1_000_000_000_000m))), Is.EqualTo(Observation.Missing("n/a")));
    }
}
