using KpiPack.Core.Drafting;
using KpiPack.Core.Model;
using static KpiPack.Tests.Drafting.DraftBuilder;

namespace KpiPack.Tests.Drafting;

/// <summary>Each sentence of a draft, from figures stated here, so the words can be checked against the arithmetic.</summary>
public class DraftTemplateTests
{
    public class TheMonthsChange
    {
        [Test]
        public void A_rise_gives_the_percent_and_both_figures_and_the_polarity_says_it_worsened()
        {
            // 7 → 10: (10 − 7) / 7 = 42.86%, 43% rounded; lower is better and 43% is 10% or more: worsened.
            Assert.That(Text(Indicator(polarity: Polarity.Down), "7", "10"), Does.StartWith("Rose 43% on the month, from 7 to 10 (worsened)"));
        }

        [Test]
        public void A_fall_where_lower_is_better_improved()
        {
            // 10 → 7: −30%.
            Assert.That(Text(Indicator(polarity: Polarity.Down), "10", "7"), Does.StartWith("Fell 30% on the month, from 10 to 7 (improved)"));
        }

        [Test]
        public void A_movement_under_10_percent_or_without_a_polarity_is_not_judged()
        {
            // 100 → 105: 5%, a similar arrow: neither improved nor worsened.
            Assert.That(Text(Indicator(polarity: Polarity.Up), "100", "105"), Is.EqualTo("Rose 5% on the month, from 100 to 105."));
            Assert.That(Text(Indicator(), "100", "150"), Is.EqualTo("Rose 50% on the month, from 100 to 150."));
        }

        [Test]
        public void A_tie_is_unchanged_at_the_figure() =>
            Assert.That(Text(Indicator(polarity: Polarity.Up), "12", "12"), Is.EqualTo("Unchanged on the month at 12."));

        [Test]
        public void A_change_that_rounds_to_0_percent_is_slight_not_0_percent()
        {
            // 1,000 → 1,002: 0.2%, which the appendix prints as 0%.
            Assert.That(Text(Indicator(), "1000", "1002"), Is.EqualTo("Rose slightly on the month, from 1,000 to 1,002."));
        }

        [Test]
        public void From_0_the_percent_is_n_a_so_only_the_figures_are_given() =>
            Assert.That(Text(Indicator(polarity: Polarity.Up), "0", "5"), Is.EqualTo("Rose on the month, from 0 to 5."));

        [Test]
        public void A_percentage_changes_relatively_and_keeps_its_percent_signs()
        {
            // 29.9% → 32.7%: (32.7 − 29.9) / 29.9 = 9.36%, 9%, not 2.8 points.
            Assert.That(Text(Indicator(Unit.Percent), "29.9", "32.7"), Is.EqualTo("Rose 9% on the month, from 29.9% to 32.7%."));
        }

        [Test]
        public void Counts_are_printed_with_thousands_separators_as_in_the_appendix() =>
            Assert.That(Text(Indicator(), "1172", "1403"), Does.StartWith("Rose 20% on the month, from 1,172 to 1,403"));
    }

    public class MissingFigures
    {
        [Test]
        public void The_first_month_with_a_figure_says_so() =>
            Assert.That(Text(Indicator(), "10"), Is.EqualTo("Stood at 10 in Jun-20, the first month with a figure."));

        [Test]
        public void A_missing_month_before_gives_no_change_on_the_month()
        {
            Assert.That(Text(Indicator(), "8", "tbc", "10"), Is.EqualTo("Stood at 10 in Jun-20; no figure for May-20 to compare with."));
            Assert.That(Text(Indicator(), "8", "", "10"), Is.EqualTo("Stood at 10 in Jun-20; no figure for May-20 to compare with."));
        }

        [Test]
        public void No_figure_this_month_is_all_a_draft_can_say()
        {
            Assert.That(Text(Indicator(), "8", "9", "tbc"), Is.EqualTo("No figure for Jun-20 (tbc)."));
            Assert.That(Text(Indicator(), "8", "9", ""), Is.EqualTo("No figure for Jun-20."));
        }

        [Test]
        public void A_missing_month_ends_a_run() =>
            Assert.That(Text(Indicator(), "1", "2", "tbc", "3", "4"), Does.Not.Contain("each month"));
    }

    public class TheYearsChange
    {
        private static readonly string[] Year = ["13", "11", "12", "14", "15", "16", "12", "11", "10", "9", "8", "7", "10"];

        [Test]
        public void Gives_the_percent_and_last_years_figure_judged_with_the_polarity()
        {
            // Jun-19 13 → Jun-20 10: −23%; lower is better: improved.
            Assert.That(Text(Indicator(polarity: Polarity.Down), Year), Does.Contain("; 23% lower than Jun-19's 13 (improved)"));
        }

        [Test]
        public void The_same_figure_as_a_year_ago_is_said_plainly()
        {
            string[] same = [.. Year[..^1], "13"];
            Assert.That(Text(Indicator(), same), Does.Contain("the same as Jun-19"));
        }
    }

    public class HighsLowsAndRuns
    {
        [Test]
        public void The_highest_since_the_last_month_that_was_higher()
        {
            // Mar-20 12, then 8 and 7, now 10: higher than Apr and May, not than Mar.
            Assert.That(Text(Indicator(), "12", "8", "7", "10"), Does.Contain("; the highest since Mar-20"));
        }

        [Test]
        public void An_equal_earlier_month_is_named_as_equal() =>
            Assert.That(Text(Indicator(), "10", "8", "7", "10"), Does.Contain("; equal to Mar-20 and the highest since"));

        [Test]
        public void The_lowest_since_the_figures_began() =>
            Assert.That(Text(Indicator(), "9", "12", "8", "11", "7"), Does.Contain("; the lowest since the figures began in Feb-20"));

        [Test]
        public void One_month_between_is_too_short_to_mention()
        {
            // Apr-20 12, May-20 8, Jun-20 10: only May lies between.
            Assert.That(Text(Indicator(), "12", "8", "10"), Does.Not.Contain("highest").And.Not.Contain("lowest"));
        }

        [Test]
        public void Three_rises_in_a_row_are_a_run_from_the_month_before_the_first()
        {
            Assert.That(Text(Indicator(), "5", "4", "5", "6", "7"), Does.Contain("rising each month since Mar-20"));
            Assert.That(Text(Indicator(), "5", "6", "5", "4", "3"), Does.Contain("falling each month since Mar-20"));
            Assert.That(Text(Indicator(), "5", "4", "5", "6"), Does.Not.Contain("each month"), "two rises are not a run");
            Assert.That(Text(Indicator(), "4", "5", "5", "6", "7"), Does.Not.Contain("each month"), "an equal figure ends a run");
        }
    }

    public class TheAverage
    {
        [Test]
        public void Above_below_or_level_as_printed_with_a_short_window_said()
        {
            // 8, 9, 10 → average 9 over 3 months.
            Assert.That(Text(Indicator(), "8", "9", "10"), Does.Contain("; above the 12-month average of 9 (3 months)"));
            Assert.That(Text(Indicator(), "10", "9", "8"), Does.Contain("; below the 12-month average of 9 (3 months)"));
        }

        [Test]
        public void A_figure_that_prints_as_the_average_is_level_with_it()
        {
            // Percentages at 1 decimal: 27.06, 27.16, 27.11 average 27.11, printed 27.1%; Jun-20 27.11 prints as 27.11% but is 27.1 at the average's decimals.
            Assert.That(Text(Indicator(Unit.Percent), "27.06", "27.16", "27.11"), Does.Contain("level with the 12-month average of 27.1% (3 months)"));
        }

        [Test]
        public void A_full_window_has_no_note()
        {
            string[] year = ["1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12"];
            // 1..12: average 6.5, printed 7 (half away from zero); 12 is above it.
            Assert.That(Text(Indicator(), year), Does.Contain("above the 12-month average of 7;").Or.EndWith("above the 12-month average of 7."));
        }
    }

    public class TheTarget
    {
        [TestCase("100", "105", "better than the target of 100 (green)")]
        [TestCase("100", "100", "on the target of 100 (green)")]
        [TestCase("100", "97", "just short of the target of 100 (amber)")]
        [TestCase("100", "80", "short of the target of 100 (red)")]
        public void The_rag_in_words_with_the_target_where_higher_is_better(string target, string value, string expected) =>
            Assert.That(Text(Indicator(polarity: Polarity.Up, target: target), "90", value), Does.Contain(expected));

        [Test]
        public void No_polarity_or_a_word_for_a_target_gives_no_rag()
        {
            Assert.That(Text(Indicator(target: "100"), "90", "80"), Does.Not.Contain("target"));
            Assert.That(Text(Indicator(polarity: Polarity.Up, target: "Local"), "90", "80"), Does.Not.Contain("target"));
        }

        [Test]
        public void A_target_beyond_the_process_limits_is_consistently_missed_or_met()
        {
            // Steady at 10..13 (limits 7.87 to 15.13, see XmrChartTests): a target of 20 where higher is better is
            // above the upper limit, missed every month; where lower is better, met every month.
            string[] steady = ["10", "12", "11", "13", "12", "11", "10", "12", "13", "11", "12", "11"];
            Assert.That(Text(Indicator(polarity: Polarity.Up, target: "20"), steady),
                Does.Contain("short of the target of 20 (red); the target is outside its process limits: consistently missed (SPC)"));
            Assert.That(Text(Indicator(polarity: Polarity.Down, target: "20"), steady),
                Does.Contain("better than the target of 20 (green); the target is outside its process limits: consistently met (SPC)"));
            Assert.That(Text(Indicator(polarity: Polarity.Up, target: "12"), steady), Does.Not.Contain("consistently"), "a target within the limits: hit and miss");
        }

        [Test]
        public void A_percentage_target_keeps_its_sign() =>
            Assert.That(Text(Indicator(Unit.Percent, Polarity.Down, "20"), "18", "25"), Does.Contain("short of the target of 20% (red)"));
    }

    public class SpcSignals
    {
        // 10 and 12 alternating then 20 (see XmrChartTests): the upper limit is 18.921, and 20 is above it.
        private static readonly string[] Spike = ["10", "12", "10", "12", "10", "12", "10", "12", "10", "12", "10", "20"];

        [Test]
        public void A_point_outside_the_limits_names_the_limit_and_reads_it_with_the_polarity()
        {
            Assert.That(Text(Indicator(polarity: Polarity.Up), Spike), Does.EndWith("a special cause of improvement (SPC): above the upper process limit of 19."));
            Assert.That(Text(Indicator(polarity: Polarity.Down), Spike), Does.EndWith("a special cause of concern (SPC): above the upper process limit of 19."));
            Assert.That(Text(Indicator(), Spike), Does.EndWith("a special cause, neither better nor worse (SPC): above the upper process limit of 19."));
        }

        [Test]
        public void A_shift_says_how_many_figures_and_since_when()
        {
            // Five of 20 or 24 (108), then seven of 12 or 13 (87): mean 195 / 12 = 16.25, printed 16; the last seven
            // (Dec-19 to Jun-20) are below it. Moving ranges 4 × 4 + 8 + 6 × 1 = 30 over 11: limits 16.25 ± 7.25, near
            // limits ± 4.84 (11.41): none is outside a limit nor close to one, so the shift is the rule that flags them.
            string[] shift = ["20", "24", "20", "24", "20", "12", "13", "12", "13", "12", "13", "12"];
            Assert.That(Text(Indicator(polarity: Polarity.Up), shift), Does.Contain("a special cause of concern (SPC): 7 figures in a row below the mean of 16, since Dec-19"));
        }

        [Test]
        public void A_trend_is_said_once_in_SPCs_words_not_again_as_a_run()
        {
            // Wide swings, then eight rising from Nov-19 (10, 14, 15 ... 20). Mean 209 / 12 = 17.42; moving ranges
            // 4 × 20 + 4 + 6 × 1 = 90 over 11, limits 17.42 ± 21.76: 20 is inside, and only the last three are above the
            // mean (no shift). A trend of eight points, higher where lower is better: concern.
            string[] trend = ["10", "30", "10", "30", "10", "14", "15", "16", "17", "18", "19", "20"];
            var draft = Text(Indicator(polarity: Polarity.Down), trend);
            Assert.That(draft, Does.Contain("a special cause of concern (SPC): a rising run of 8 figures since Nov-19"));
            Assert.That(draft, Does.Not.Contain("rising each month"));
        }

        [Test]
        public void Common_variation_or_too_few_points_say_nothing() =>
            Assert.That(Text(Indicator(polarity: Polarity.Up), "10", "12", "11", "13", "12", "11", "10", "12", "13", "11", "12", "11"), Does.Not.Contain("SPC"));
    }

    public class Length
    {
        [Test]
        public void A_long_draft_drops_its_least_important_facts_first_and_keeps_the_month()
        {
            // Figures of many digits make every clause long: the average goes first, the month's change never.
            string[] big = ["123456789.123456", "223456789.123456", "323456789.123456", "423456789.123456", "523456789.123456",
                "623456789.123456", "723456789.123456", "823456789.123456", "923456789.123456", "1023456789.123456",
                "1123456789.123456", "1223456789.123456", "1323456789.123456"];
            var whole = DraftBuilder.Of(Indicator(polarity: Polarity.Up, target: "99999999999.5"), big);

            Assert.That(whole.Text.Length, Is.LessThanOrEqualTo(Drafter.MaxLength));
            Assert.That(whole.Facts.OfType<AgainstAverage>(), Is.Empty, "the average is the first to go");
            Assert.That(whole.Text, Does.StartWith("Rose 8% on the month, from 1,223,456,789.123456 to 1,323,456,789.123456"));
            var all = DraftFacts.Of(whole.Row, History.Of(MonthlyOf(big), "X1", June), Core.Spc.SpcSettings.Default);
            Assert.That(DraftTemplates.Sentence(all, whole.Row.Indicator).Length, Is.GreaterThan(Drafter.MaxLength), "the case must need shortening");
        }

        private static MonthlyValues MonthlyOf(string[] cells) => new("workbook.csv",
            cells.Select((c, i) => (Key: ("X1", June.AddMonths(i - cells.Length + 1)), Value: Observation.FromText(c)!)).ToDictionary(c => c.Key, c => c.Value),
            new Dictionary<(string, Month), string>());
    }
}
