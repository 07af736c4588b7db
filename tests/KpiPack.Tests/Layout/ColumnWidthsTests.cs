using KpiPack.Rendering.Fonts;
using KpiPack.Rendering.Layout;

namespace KpiPack.Tests.Layout;

public class ColumnWidthsTests
{
    private const float Padding = 1.5f;

    /// <summary>Text in the appendix's body style, in the fixture's fonts.</summary>
    public abstract class Fixture : WithFonts
    {
        private protected TextBlock Text(string text, TextStyle? style = null) => new(text, style ?? new TextStyle(6), Fonts);

        private protected TableCell Cell(string text) => new(Text(text));

        private protected TableRow Row(params string[] texts) => new(texts.Select(Cell).ToList());
    }

    public class Minimums : Fixture
    {
        [Test]
        public void Every_column_is_at_least_its_longest_word_and_a_ref_stays_on_one_line()
        {
            var rows = AppendixLike.Rows(Fonts);
            var narrowest = NarrowestThatFits(rows);

            var widths = Optimise(rows, narrowest)!;

            for (var column = 0; column < AppendixLike.Columns; column++)
                Assert.That(widths[column], Is.GreaterThanOrEqualTo(MinimumContent(rows, column)), $"column {column}");
            var refs = rows.Skip(1).Select(row => (TextBlock)row.Cells[0].Content).ToList();
            Assert.That(refs.Select(text => text.Lines(widths[0] - 2 * Padding).Count), Is.All.EqualTo(1));
            Assert.That(refs.Select(text => text.Text), Has.Some.EqualTo("LAC11-QL (%)"));
        }

        [Test]
        public void A_long_table_still_takes_its_minimums_from_every_row()
        {
            // Given more rows than the widening weighs, the one long ref among them sits in a row it does not weigh.
            var rows = Enumerable.Range(0, 3 * ColumnWidths.MostRowsWeighed).Select(_ => Row("M1", "short words here")).ToList();
            var longRef = Text("CP6B-NI (rate per 10,000)", new TextStyle(6, Bold: true).WithUnbreakable());
            rows[1] = new TableRow([new TableCell(longRef), Cell("short words here")]);

            var widths = ColumnWidths.Optimise(2, rows, 300, 1)!;

            Assert.That(widths[0], Is.GreaterThanOrEqualTo(longRef.MinimumWidth + 2));
            Assert.That(longRef.Lines(widths[0] - 2), Has.Count.EqualTo(1));
        }

        [Test]
        public void Is_null_when_the_minimums_alone_do_not_fit()
        {
            var rows = AppendixLike.Rows(Fonts);
            var narrowest = NarrowestThatFits(rows);

            Assert.That(Optimise(rows, narrowest - ColumnWidths.Step), Is.Null);
            Assert.That(Optimise(rows, 100), Is.Null);
        }

        [Test]
        public void Widens_the_columns_under_a_wide_spanning_cell_evenly()
        {
            // A long text, then two columns of one digit under a heading wider than both together.
            var heading = Text("Benchmarking", new TextStyle(8));
            var rows = new List<TableRow>
            {
                new([Cell("indicator"), new TableCell(heading, Span: 2)]),
                Row("Percentage of children who became the subject of a plan for a second or subsequent time", "7", "7"),
            };

            var widths = ColumnWidths.Optimise(3, rows, 200, Padding)!;

            Assert.That(widths[1] + widths[2], Is.GreaterThanOrEqualTo(heading.MinimumWidth + 2 * Padding));
            Assert.That(widths[1], Is.EqualTo(widths[2]));
            Assert.That(widths[1], Is.GreaterThan(MinimumContent(rows, 1) + 5), "the digits alone need far less");
        }

        [Test]
        public void Keeps_a_callers_minimum_such_as_room_for_a_sparkline()
        {
            var rows = new List<TableRow> { new([Cell("Long text that wraps over several lines at this width"), new TableCell(LayoutFixtures.Block(14))]) };
            var widths = ColumnWidths.Optimise(2, rows, 80, Padding, minimumWidths: [0, 30])!;
            Assert.That(widths[1], Is.GreaterThanOrEqualTo(30));
        }
    }

    public class Height : Fixture
    {
        // With fixed widths the long texts wrap more than they need, except where every cell is one line anyway.
        private static IEnumerable<TestCaseData> Tables()
        {
            yield return new TestCaseData("appendix-like, tight", 420f, true).SetArgDisplayNames("appendix-like at 420pt");
            yield return new TestCaseData("appendix-like, roomy", 700f, true).SetArgDisplayNames("appendix-like at 700pt");
            yield return new TestCaseData("owners and notes", 300f, true).SetArgDisplayNames("owners and notes at 300pt");
            yield return new TestCaseData("figures only", 300f, false).SetArgDisplayNames("figures only at 300pt");
        }

        private (IReadOnlyList<TableRow> Rows, IReadOnlyList<float> Preferred, IReadOnlySet<int> Flexible) Stated(string table) => table switch
        {
            "appendix-like, tight" or "appendix-like, roomy" => (AppendixLike.Rows(Fonts), AppendixLike.Preferred, AppendixLike.Flexible),
            "owners and notes" => (
                [
                    Row("Owner", "Reporter", "Note"),
                    Row("Jacqui Schofield", "Sam Holthouse", "Fell after the new front door opened; the backlog is cleared"),
                    Row("Sam Holthouse", "Jacqui Schofield", "Steady"),
                    Row("Alex Bullingham", "Jo Reid", "Two families moved out of the area and their plans transferred with them"),
                ],
                [60, 60, 60], new HashSet<int> { 2 }),
            "figures only" => (
                Enumerable.Range(0, 10).Select(i => Row($"{i * 1234:N0}", $"{i * 7}%", $"-{i}.5", "✓")).ToList(),
                [40, 40, 40, 40], new HashSet<int> { 0, 1, 2, 3 }),
            _ => throw new ArgumentException(table),
        };

        [TestCaseSource(nameof(Tables))]
        public void Is_never_taller_than_with_fixed_widths(string table, float width, bool shorter)
        {
            var (rows, preferred, flexible) = Stated(table);
            var fixedWidths = Table.FitColumns(preferred, flexible, width, rows, Padding);
            Assert.That(fixedWidths, Is.Not.Null, "the fixed widths fit");

            var optimised = ColumnWidths.Optimise(preferred.Count, rows, width, Padding)!;

            var fixedHeight = TotalHeight(fixedWidths!, rows);
            Assert.That(TotalHeight(optimised, rows), shorter ? Is.LessThan(fixedHeight) : Is.EqualTo(fixedHeight));
            Assert.That(optimised.Sum(), Is.LessThanOrEqualTo(width).And.GreaterThan(width - ColumnWidths.Step));
        }

        [Test]
        public void Gives_the_figures_no_more_than_they_need_while_the_outcome_still_wraps()
        {
            var rows = AppendixLike.Rows(Fonts);

            var widths = Optimise(rows, 700)!;

            var outcomes = rows.Skip(1).Select(row => (TextBlock)row.Cells[2].Content);
            Assert.That(outcomes.Max(text => text.Lines(widths[2] - 2 * Padding).Count), Is.GreaterThan(1), "the outcome still wraps");
            foreach (var month in AppendixLike.MonthColumns)
                Assert.That(widths[month], Is.LessThan(MinimumContent(rows, month) + ColumnWidths.Step + 0.02f), $"column {month}");
        }

        [Test]
        public void Gives_more_width_to_the_text_that_would_wrap_to_more_lines()
        {
            var rows = Enumerable.Range(0, 6).Select(_ => Row(
                "Short note on the month",
                "Children and young people are safe from harm and neglect, supported by a timely assessment and a plan that is reviewed"))
                .ToList();

            var widths = ColumnWidths.Optimise(2, rows, 200, Padding)!;

            Assert.That(widths[1], Is.GreaterThan(widths[0]));
            Assert.That(TotalHeight(widths, rows), Is.LessThan(TotalHeight([100, 100], rows)));
        }

        [Test]
        public void Splits_two_columns_as_well_as_trying_every_split()
        {
            var rows = new List<TableRow>
            {
                Row("Owner and reporter", "What the indicator counts"),
                Row("Jacqui Schofield, head of service", "Percentage of children who became the subject of a plan for a second or subsequent time"),
                Row("Sam Holthouse", "Contacts"),
                Row("Alex Bullingham and the early help team", "Early help assessments completed within 45 working days of the request"),
                Row("Jo Reid", "Looked after children with three or more placements in the year, as a share of all looked after children"),
            };
            const float width = 180;

            var widths = ColumnWidths.Optimise(2, rows, width, Padding)!;

            var best = Enumerable.Range(1, (int)(width / ColumnWidths.Step) - 1)
                .Select(steps => steps * ColumnWidths.Step)
                .Where(left => left >= MinimumContent(rows, 0) && width - left >= MinimumContent(rows, 1))
                .Min(left => TotalHeight([left, width - left], rows));
            Assert.That(TotalHeight(widths, rows), Is.EqualTo(best));
            Assert.That(TotalHeight(widths, rows), Is.LessThan(TotalHeight([width / 2, width / 2], rows)));
        }

        [Test]
        public void Counts_the_same_heights_as_the_table()
        {
            var rows = AppendixLike.Rows(Fonts);
            var widths = Optimise(rows, 500)!;

            var reckoned = new TableHeights(AppendixLike.Columns, rows, Padding, widths.Select(w => (int)(w / ColumnWidths.Step)).ToList(), 500);

            Assert.That(reckoned.Total, Is.EqualTo(TotalHeight(widths, rows)).Within(0.001f));
        }
    }

    public class Outcome : Fixture
    {
        [Test]
        public void Is_the_same_for_the_same_table()
        {
            var otherFonts = new FontSet();
            var first = Optimise(AppendixLike.Rows(Fonts), 500)!;
            var again = Optimise(AppendixLike.Rows(Fonts), 500)!;
            var elsewhere = Optimise(AppendixLike.Rows(otherFonts), 500)!;

            Assert.That(again, Is.EqualTo(first));
            Assert.That(elsewhere, Is.EqualTo(first));
        }

        [Test]
        public void Comes_in_whole_steps_and_fills_the_width()
        {
            foreach (var width in new[] { 420f, 583.89f, 1000f })
            {
                var widths = Optimise(AppendixLike.Rows(Fonts), width)!;
                Assert.That(widths.Select(w => w / ColumnWidths.Step % 1), Is.All.EqualTo(0), $"at {width}");
                Assert.That(widths.Sum(), Is.LessThanOrEqualTo(width).And.GreaterThan(width - ColumnWidths.Step), $"at {width}");
            }
        }

        [Test]
        public void Keeps_to_the_maximums_when_they_leave_width_over()
        {
            var rows = AppendixLike.Rows(Fonts);
            // 50pt is more than any column needs, and twelve of them leave 400pt over.
            var maximum = Enumerable.Repeat(50f, AppendixLike.Columns).ToList();

            var widths = ColumnWidths.Optimise(AppendixLike.Columns, rows, 1000, Padding, maximumWidths: maximum)!;

            Assert.That(widths, Is.All.EqualTo(50f));
        }
    }

    public class EqualWidths : Fixture
    {
        [TestCase(0f)]
        [TestCase(500f)]
        [TestCase(700f)]
        [TestCase(1000f)]
        public void Months_grouped_share_one_width_and_the_table_still_fills_its_width(float width)
        {
            var rows = AppendixLike.Rows(Fonts);
            width = Math.Max(width, NarrowestThatFits(rows, grouped: true));
            var alone = Optimise(rows, width)!;
            Assume.That(AppendixLike.MonthColumns.Select(c => alone[c]).Distinct().Count(), Is.GreaterThan(1),
                "the months' figures differ, so left alone their columns differ");

            var widths = ColumnWidths.Optimise(AppendixLike.Columns, rows, width, Padding, equalWidths: [AppendixLike.MonthColumns])!;

            Assert.That(AppendixLike.MonthColumns.Select(c => widths[c]).Distinct().Count(), Is.EqualTo(1), string.Join(", ", widths));
            foreach (var column in AppendixLike.MonthColumns)
                Assert.That(widths[column], Is.GreaterThanOrEqualTo(MinimumContent(rows, column)), $"column {column}");
            Assert.That(widths.Sum(), Is.LessThanOrEqualTo(width).And.GreaterThan(width - ColumnWidths.Step));
        }

        [Test]
        public void The_narrowest_grouped_table_gives_every_month_the_widest_months_room()
        {
            var rows = AppendixLike.Rows(Fonts);
            var widest = AppendixLike.MonthColumns.Max(c => MinimumContent(rows, c));
            var narrowest = NarrowestThatFits(rows, grouped: true);

            var widths = ColumnWidths.Optimise(AppendixLike.Columns, rows, narrowest, Padding, equalWidths: [AppendixLike.MonthColumns])!;

            Assert.That(AppendixLike.MonthColumns.Select(c => widths[c]), Is.All.EqualTo(widths[AppendixLike.MonthColumns[0]]).And.All.GreaterThanOrEqualTo(widest));
            Assert.That(narrowest, Is.GreaterThan(NarrowestThatFits(rows, grouped: false)), "equal months cost width at the narrowest");
        }

        [Test]
        public void A_column_in_two_groups_or_outside_the_table_is_refused()
        {
            var rows = AppendixLike.Rows(Fonts);

            Assert.That(() => ColumnWidths.Optimise(AppendixLike.Columns, rows, 700, Padding, equalWidths: [[3, 4], [4, 5]]), Throws.ArgumentException);
            Assert.That(() => ColumnWidths.Optimise(AppendixLike.Columns, rows, 700, Padding, equalWidths: [[3, 12]]), Throws.ArgumentException);
        }
    }

    public class Profiles : Fixture
    {
        [Test]
        public void A_cells_profile_gives_the_height_the_text_measures_at_every_width()
        {
            var text = Text("Children and young people are safe from harm and neglect, supported by a timely assessment (1,234 days)");
            var profile = HeightProfile.Of(text, Padding, 1000);

            for (var width = text.MinimumWidth; width < 400; width += 0.25f)
                Assert.That(profile.HeightAt(width), Is.EqualTo(text.Measure(width) + 2 * Padding), $"at {width}");
        }

        [Test]
        public void The_next_shorter_width_is_the_first_that_saves_a_line()
        {
            var text = Text("Children and young people are safe from harm and neglect");
            var profile = HeightProfile.Of(text, Padding, 1000);
            var width = text.MinimumWidth;

            var shorter = profile.NextShorterWidth(width)!.Value;

            Assert.That(text.Measure(shorter), Is.LessThan(text.Measure(width)));
            Assert.That(text.Measure(shorter - 0.01f), Is.EqualTo(text.Measure(width)));
            Assert.That(profile.NextShorterWidth(text.WidthOf(text.Text)), Is.Null);
        }
    }

    /// <summary>Shaped like the appendix: a ref, an indicator, a long outcome, eight months of figures and a target.</summary>
    private static class AppendixLike
    {
        public const int Columns = 12;
        public static readonly IReadOnlyList<int> MonthColumns = Enumerable.Range(3, 8).ToList();
        public static readonly IReadOnlyList<float> Preferred = [26, 56, 44, 20, 20, 20, 20, 20, 20, 20, 20, 22];
        public static readonly IReadOnlySet<int> Flexible = new HashSet<int> { 1, 2 };

        private static readonly (string Ref, string Name, string Outcome, string Figure)[] Indicators =
        [
            ("LAC11-QL (%)", "Percentage of looked after children with three or more placements in the year",
                "Children in care have stable placements that meet their needs, so that they can form lasting relationships and do well at school", "12.5%"),
            ("M6-QL (val)", "Number of contacts received by the front door",
                "Families get the right help at the right time from the right service, and no child waits for a decision on a contact", "1,234"),
            ("CIN5", "Re-referrals to children's social care within 12 months",
                "Help offered first time round is good enough that families do not need to come back", "-12%"),
            ("EH1b", "Early help assessments completed",
                "Early help stops problems growing, so fewer children need a statutory service later", "98"),
            ("CP3 (%)", "Child protection plans lasting two years or more",
                "Plans bring about change quickly and are ended safely once children are no longer at risk of significant harm", "3.2%"),
            ("CIN14", "Assessments completed within 45 working days",
                "Assessments are timely", "87.1%"),
        ];

        public static IReadOnlyList<TableRow> Rows(FontSet fonts)
        {
            var heading = new TextStyle(5, Align: TextAlign.Center);
            var header = new TableRow(
                new[] { "Ref", "Indicator", "Outcome", "Jul-18", "Aug-18", "Sep-18", "Oct-18", "Nov-18", "Dec-18", "Jan-19", "Feb-19", "Target 2019/20" }
                    .Select(label => new TableCell(new TextBlock(label, heading, fonts))).ToList());
            var body = Indicators.Select((indicator, index) => new TableRow(
                [
                    new TableCell(new TextBlock(indicator.Ref, new TextStyle(6, Bold: true).WithUnbreakable(), fonts)),
                    new TableCell(new TextBlock(indicator.Name, new TextStyle(6), fonts)),
                    new TableCell(new TextBlock(indicator.Outcome, new TextStyle(6), fonts)),
                    .. MonthColumns.Select(month => new TableCell(new TextBlock(month % 3 == index % 3 ? "" : indicator.Figure, new TextStyle(5.5f, Align: TextAlign.Right), fonts))),
                    new TableCell(new TextBlock(indicator.Figure, new TextStyle(6, Align: TextAlign.Right), fonts)),
                ]));
            return [header, .. body];
        }
    }


    // ---- helpers ----

    private static IReadOnlyList<float>? Optimise(IReadOnlyList<TableRow> rows, float width) =>
        ColumnWidths.Optimise(AppendixLike.Columns, rows, width, Padding);

    /// <summary>The narrowest total width, in steps, for which the optimiser finds widths (with the months of one width, if grouped).</summary>
    private static float NarrowestThatFits(IReadOnlyList<TableRow> rows, bool grouped = false)
    {
        var width = 100f;
        while (ColumnWidths.Optimise(AppendixLike.Columns, rows, width, Padding, equalWidths: grouped ? [AppendixLike.MonthColumns] : null) is null)
            width += ColumnWidths.Step;
        return width;
    }

    private static float MinimumContent(IEnumerable<TableRow> rows, int column) => rows
        .Select(row => CellAt(row, column))
        .OfType<TableCell>()
        .Where(cell => cell.Span == 1)
        .Max(cell => cell.Content.MinimumWidth) + 2 * Padding;

    private static TableCell? CellAt(TableRow row, int column)
    {
        var at = 0;
        foreach (var cell in row.Cells)
        {
            if (at == column) return cell;
            at += cell.Span;
        }
        return null;
    }

    private static float TotalHeight(IReadOnlyList<float> widths, IReadOnlyList<TableRow> rows)
    {
        var table = new Table(widths, [], rows) { CellPadding = Padding };
        return rows.Sum(table.RowHeight);
    }
}
