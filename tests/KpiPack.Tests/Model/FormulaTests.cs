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

        [Test]
        public void A_result_too_large_to_hold_is_na_never_an_error() =>
            Assert.That(Evaluate("[A] * [A] * [A]", ("A", Observation.Of(1_000_000_000_000m))), Is.EqualTo(Observation.Missing("n/a")));
    }
}
