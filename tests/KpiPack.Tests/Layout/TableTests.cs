using KpiPack.Rendering.Fonts;
using KpiPack.Rendering.Layout;
using static KpiPack.Tests.Layout.LayoutFixtures;

namespace KpiPack.Tests.Layout;

public class TableTests
{
    public class Pagination
    {
        [Test]
        public void Fills_each_page_below_the_repeated_header()
        {
            // Given a 100pt page, a 20pt header and ten 20pt rows: four rows fit under the header on each page.
            var table = TableOf(20, Enumerable.Range(0, 10).Select(_ => Row(20)));
            Assert.That(RowsPerPage(table.Paginate(100, 100)), Is.EqualTo(new[] { 4, 4, 2 }));
        }

        [Test]
        public void Leaves_less_room_on_the_first_page_for_the_introduction()
        {
            var table = TableOf(20, Enumerable.Range(0, 10).Select(_ => Row(20)));
            Assert.That(RowsPerPage(table.Paginate(60, 100)), Is.EqualTo(new[] { 2, 4, 4 }));
        }

        [Test]
        public void Moves_a_row_that_does_not_fit_whole_to_the_next_page()
        {
            var table = TableOf(20, [Row(30), Row(30), Row(30)]);
            var pages = table.Paginate(100, 100);
            Assert.That(RowsPerPage(pages), Is.EqualTo(new[] { 2, 1 }));
            Assert.That(pages.SelectMany(p => p.Rows).Select(table.RowHeight), Is.All.EqualTo(30));
        }

        [Test]
        public void Keeps_a_heading_with_the_row_after_it()
        {
            // The heading would fit at the foot of page 1, but its first row would not: both move on.
            var table = TableOf(20, [Row(50), Row(10, keepWithNext: true, name: "heading"), Row(30)]);
            var pages = table.Paginate(100, 100);
            Assert.That(RowsPerPage(pages), Is.EqualTo(new[] { 1, 2 }));
            Assert.That(pages[1].Rows[0].KeepWithNext, Is.True);
        }

        [Test]
        public void Splits_only_a_row_taller_than_a_page()
        {
            var fonts = new FontSet();
            var style = new TextStyle(10);
            var tall = new TextBlock(string.Join('\n', Enumerable.Range(1, 20).Select(i => $"line {i}")), style, fonts);
            var table = TableOf(20, [Row(30), new TableRow([new TableCell(tall)]), Row(30)]);

            var pages = table.Paginate(100, 100);

            // 20 lines of 12pt = 240pt: the tall row starts a fresh page and runs over three, six lines (72pt) each.
            Assert.That(RowsPerPage(pages), Is.EqualTo(new[] { 1, 1, 1, 1, 2 }));
            var parts = pages.Skip(1).Select(p => (TextBlock)p.Rows[0].Cells[0].Content).ToList();
            Assert.That(parts.Select(p => p.Lines(100).Count), Is.EqualTo(new[] { 6, 6, 6, 2 }));
            Assert.That(parts.SelectMany(p => p.Lines(100)), Is.EqualTo(tall.Lines(100)));
        }

        [Test]
        public void Gives_an_empty_table_one_page() =>
            Assert.That(RowsPerPage(TableOf(20, []).Paginate(100, 100)), Is.EqualTo(new[] { 0 }));

        [Test]
        public void Counts_cell_padding_in_row_heights()
        {
            var table = TableOf(20, [Row(16)], padding: 2);
            Assert.That(table.RowHeight(table.Body[0]), Is.EqualTo(20));
        }
    }

    public class ColumnFitting
    {
        private static TableRow Words(params string[] words)
        {
            var fonts = new FontSet();
            return new TableRow(words.Select(w => new TableCell(new TextBlock(w, new TextStyle(10), fonts))).ToList());
        }

        [Test]
        public void Widens_a_column_to_its_longest_word_and_takes_it_from_the_flexible_ones()
        {
            var row = Words("a", "Bullingham", "b");
            var longest = row.Cells[1].Content.MinimumWidth;

            var widths = Table.FitColumns([50, 10, 50], new HashSet<int> { 0, 2 }, 200, [row], cellPadding: 2)!;

            Assert.That(widths[1], Is.GreaterThanOrEqualTo(longest + 4));
            Assert.That(widths[0], Is.EqualTo(widths[2]));
            Assert.That(widths.Sum(), Is.LessThanOrEqualTo(200));
        }

        [Test]
        public void Says_when_the_fixed_columns_leave_too_little()
        {
            Assert.That(Table.FitColumns([50, 180], new HashSet<int> { 0 }, 200, [], cellPadding: 2), Is.Null);
        }

        [Test]
        public void Ignores_cells_that_span_several_columns()
        {
            var fonts = new FontSet();
            var spanning = new TableRow([new TableCell(new TextBlock("Commentary", new TextStyle(40), fonts), Span: 2)]);
            Assert.That(Table.FitColumns([10, 10], new HashSet<int>(), 100, [spanning], 0), Is.EqualTo(new[] { 10f, 10f }));
        }
    }
}
