using KpiPack.Rendering.Fonts;
using KpiPack.Rendering.Layout;
using UglyToad.PdfPig;

namespace KpiPack.Tests.Layout;

public class TextBlockTests
{
    private static FontSet _fonts = null!;
    private static readonly TextStyle Style = new(10);

    [OneTimeSetUp] public void LoadFonts() => _fonts = new FontSet();

    [Test]
    public void Keeps_to_one_line_when_the_text_fits()
    {
        var text = new TextBlock("Number of contacts", Style, _fonts);
        var width = text.WidthOf("Number of contacts");
        Assert.That(text.Lines(width + 1), Is.EqualTo(new[] { "Number of contacts" }));
        Assert.That(text.Measure(width + 1), Is.EqualTo(Style.LineHeight));
    }

    [Test]
    public void Wraps_at_word_boundaries()
    {
        var text = new TextBlock("Number of contacts received", Style, _fonts);
        var width = text.WidthOf("Number of contacts") + 1;
        Assert.That(text.Lines(width), Is.EqualTo(new[] { "Number of contacts", "received" }));
        Assert.That(text.Measure(width), Is.EqualTo(2 * Style.LineHeight));
    }

    [Test]
    public void Breaks_inside_a_word_only_when_the_word_alone_is_too_wide()
    {
        var text = new TextBlock("Holthouse", Style, _fonts);
        var lines = text.Lines(text.WidthOf("Holt") + 0.1f);
        Assert.That(string.Concat(lines), Is.EqualTo("Holthouse"));
        Assert.That(lines, Has.Count.GreaterThan(1));
        Assert.That(lines.Select(text.WidthOf), Is.All.LessThanOrEqualTo(text.WidthOf("Holt") + 0.1f));
    }

    [Test]
    public void Keeps_explicit_line_breaks()
    {
        var text = new TextBlock("↑ 16%\n✓", Style, _fonts);
        Assert.That(text.Lines(1000), Is.EqualTo(new[] { "↑ 16%", "✓" }));
    }

    [Test]
    public void Its_minimum_width_is_its_longest_word()
    {
        var text = new TextBlock("Jacqui Schofield", Style, _fonts);
        Assert.That(text.MinimumWidth, Is.EqualTo(text.WidthOf("Schofield")));
    }

    [Test]
    public void Splits_by_whole_lines()
    {
        var text = new TextBlock("one two three four", Style, _fonts);
        var width = text.WidthOf("three") + 1;
        var (head, tail) = ((IElement)text).Split(width, 2.5f * Style.LineHeight);
        Assert.That(((TextBlock)head).Lines(width), Is.EqualTo(new[] { "one", "two" }));
        Assert.That(((TextBlock)tail!).Lines(width), Is.EqualTo(new[] { "three", "four" }));
    }

    [Test]
    public void Is_empty_for_no_text() =>
        Assert.That(new TextBlock("", Style, _fonts).Measure(100), Is.Zero);

    public class Unbreakable : WithFonts
    {
        private static readonly TextStyle Whole = Style.WithUnbreakable();

        [Test]
        public void Keeps_a_reference_on_one_line_however_narrow()
        {
            var text = new TextBlock("LAC11-QL (%)", Whole, Fonts);
            // Wide enough for "LAC11-QL" alone, which a wrapping text would leave "(%)" under.
            var narrow = text.WidthOf("LAC11-QL") + 1;
            Assert.That(new TextBlock("LAC11-QL (%)", Style, Fonts).Lines(narrow), Has.Count.EqualTo(2));
            Assert.That(text.Lines(narrow), Is.EqualTo(new[] { "LAC11-QL (%)" }));
            Assert.That(text.Measure(narrow), Is.EqualTo(Style.LineHeight));
        }

        [Test]
        public void Needs_the_width_of_the_whole_reference() =>
            Assert.That(new TextBlock("M6-QL (val)", Whole, Fonts).MinimumWidth, Is.EqualTo(Fonts.Width("M6-QL (val)", new TextFont(Style.Bold, Style.Size))));

        [Test]
        public void Still_keeps_explicit_line_breaks() =>
            Assert.That(new TextBlock("LAC11-QL (%)\nM6-QL (val)", Whole, Fonts).Lines(1), Is.EqualTo(new[] { "LAC11-QL (%)", "M6-QL (val)" }));

        [Test]
        public void Is_found_in_the_pdf_with_its_ordinary_space()
        {
            var fonts = new FontSet();
            var text = new TextBlock("LAC11-QL (%)", Whole, fonts);
            using var output = new MemoryStream();
            PdfOf(new Tagged(text, new Tag(TagKind.P)), text.WidthOf("LAC11-QL") + 1, fonts, output);

            using var document = PdfDocument.Open(output.ToArray());
            var words = document.GetPage(1).GetWords().Select(w => w.Text).ToList();
            Assert.That(string.Join(" ", words), Does.Contain("LAC11-QL (%)"));
            Assert.That(document.GetPage(1).Text, Does.Not.Contain("\u00A0"));
        }
    }

    public class Breaks : WithFonts
    {
        private const string Outcome =
            "Children and young people are safe from harm and neglect, supported by a timely assessment, a 1,234-day plan and -12% fewer repeat referrals";

        [Test]
        public void The_next_break_is_where_a_line_takes_in_the_next_word()
        {
            var text = new TextBlock("Number of contacts received", Style, Fonts);
            var width = text.WidthOf("Number of contacts") + 1;

            var next = text.NextBreakWidth(width);

            Assert.That(text.Lines(next - 0.01f), Is.EqualTo(new[] { "Number of contacts", "received" }));
            Assert.That(text.Lines(next), Is.EqualTo(new[] { "Number of contacts received" }));
        }

        [Test]
        public void The_wrapping_holds_between_one_break_and_the_next_and_changes_at_it()
        {
            var text = new TextBlock(Outcome, Style, Fonts);
            var breaks = 0;
            for (var width = text.MinimumWidth; !float.IsPositiveInfinity(width); width = text.NextBreakWidth(width), breaks++)
            {
                var next = text.NextBreakWidth(width);
                Assert.That(next, Is.GreaterThan(width));
                if (float.IsPositiveInfinity(next)) break;
                Assert.That(text.Lines((width + next) / 2), Is.EqualTo(text.Lines(width)), $"between {width} and {next}");
                Assert.That(text.Lines(next), Is.Not.EqualTo(text.Lines(width)), $"at {next}");
            }
            Assert.That(breaks, Is.GreaterThan(10));
        }

        [Test]
        public void Counts_as_many_lines_as_it_lays_out()
        {
            var text = new TextBlock(Outcome + "\n\nsecond  paragraph", Style, Fonts);
            foreach (var width in new[] { 5f, 30f, 61.5f, 100f, 400f, 1000f })
                Assert.That(text.LineCount(width), Is.EqualTo(text.Lines(width).Count), $"at {width}");
        }

        [Test]
        public void Never_cuts_a_number_at_its_minimum_width()
        {
            var text = new TextBlock(Outcome, Style, Fonts);
            var lines = text.Lines(text.MinimumWidth);
            // Every line is made of whole words: none is cut, the numbers included.
            Assert.That(lines.SelectMany(line => line.Split(' ')), Is.EqualTo(Outcome.Split(' ')));
            Assert.That(lines, Has.Count.GreaterThan(10));
        }

        [Test]
        public void Has_no_break_once_each_paragraph_is_one_line()
        {
            var text = new TextBlock("one line\ntwo", Style, Fonts);
            Assert.That(text.NextBreakWidth(text.WidthOf("one line")), Is.EqualTo(float.PositiveInfinity));
            Assert.That(new TextBlock("LAC11-QL (%)", Style.WithUnbreakable(), Fonts).NextBreakWidth(1), Is.EqualTo(float.PositiveInfinity));
        }
    }

    [Test]
    public void Text_past_its_most_lines_ends_in_an_ellipsis_within_the_width()
    {
        var words = string.Join(" ", Enumerable.Repeat("Children and Families", 20));
        var text = new TextBlock(words, Style.WithMaxLines(2), _fonts);
        var width = text.WidthOf("Children and Families Children");

        var lines = text.Lines(width);

        Assert.That(text.Shortened, Is.True);
        Assert.That(lines, Has.Count.EqualTo(2));
        Assert.That(text.LineCount(width), Is.EqualTo(2));
        Assert.That(lines[^1], Does.EndWith("…"));
        Assert.That(text.WidthOf(lines[^1]), Is.LessThanOrEqualTo(width));
        // Cut after a whole word, not inside one.
        Assert.That(words, Does.StartWith(string.Join(" ", lines[0], lines[1].TrimEnd('…')) + " "));
    }

    [Test]
    public void Text_within_its_most_lines_is_whole_and_not_called_shortened()
    {
        var text = new TextBlock("Children and Families", Style.WithMaxLines(2), _fonts);
        Assert.That(text.Lines(text.WidthOf("Children and")), Is.EqualTo(new[] { "Children and", "Families" }));
        Assert.That(text.Shortened, Is.False);
    }

    // é written as e and a combining accent, and a letter outside the BMP (a surrogate pair): each one character as drawn.
    [TestCase("e\u0301")]
    [TestCase("\U0001D400")]
    public void A_word_cut_to_fit_is_cut_between_characters_as_drawn(string character)
    {
        var word = string.Concat(Enumerable.Repeat(character, 200));
        var text = new TextBlock(word, Style, _fonts);

        var lines = text.Lines(text.WidthOf(character) * 7.5f);

        Assert.That(lines, Has.Count.GreaterThan(1));
        Assert.That(lines.All(line => line.Length % character.Length == 0 && line.StartsWith(character, StringComparison.Ordinal)), Is.True,
            string.Join(" | ", lines.Select(l => string.Join(" ", l.Select(c => ((int)c).ToString("X4"))))));
        Assert.That(string.Concat(lines), Is.EqualTo(word));
    }

    [Test]
    public void A_shortened_word_keeps_its_characters_whole_before_the_ellipsis()
    {
        var word = string.Concat(Enumerable.Repeat("e\u0301", 200));
        var text = new TextBlock(word, Style.WithMaxLines(1), _fonts);

        var line = text.Lines(text.WidthOf("e\u0301") * 7.5f).Single();

        Assert.That(line, Does.EndWith("\u0301…"));
    }

    /// <summary>A page holding <paramref name="content"/> alone, <paramref name="width"/> wide, written by the PDF backend.</summary>
    internal static void PdfOf(IElement content, float width, FontSet fonts, Stream output)
    {
        var table = new Table([width], [], [new TableRow([new TableCell(content)])]) { CellPadding = 0 };
        var document = new PagedDocument(new Size(width + 20, 100), new Margins(10, 10, 10, 10),
            (_, _) => new Stack([]), null, (_, _) => new Stack([]), table);
        var pages = document.Layout();
        KpiPack.Rendering.Pdf.PdfWriter.Write(document, pages, new KpiPack.Rendering.Pdf.PdfMetadata("t", "s", "a", DateTime.UnixEpoch), fonts, output);
    }
}
