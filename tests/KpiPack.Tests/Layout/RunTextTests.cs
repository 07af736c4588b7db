using KpiPack.Rendering.Fonts;
using KpiPack.Rendering.Layout;
using static KpiPack.Tests.Layout.LayoutFixtures;

namespace KpiPack.Tests.Layout;

public class RunTextTests : WithFonts
{
    private static readonly TextStyle Plain = new(6);
    private static readonly TextStyle Heading = new(6, Bold: true);

    private RunText Text(params Run[] runs) => new(runs, Fonts);

    private float Width(string text, TextStyle style) => Fonts.Width(text, new TextFont(style.Bold, style.Size));

    [Test]
    public void Flows_a_heading_and_its_words_as_one_paragraph()
    {
        // Given room for the heading and the first two words exactly, the third word goes to a second line.
        var text = Text(new Run("Outcome", Heading), new Run("one two three", Plain));
        var room = Width("Outcome", Heading) + Width(" ", Heading) + Width("one", Plain) + Width(" ", Plain) + Width("two", Plain);

        Assert.That(text.Measure(room), Is.EqualTo(2 * Plain.LineHeight).Within(0.001));
        Assert.That(text.Measure(room - 0.1f), Is.EqualTo(2 * Plain.LineHeight).Within(0.001), "three and two share the second line");
        Assert.That(text.Measure(room + Width(" three", Plain)), Is.EqualTo(Plain.LineHeight).Within(0.001));
    }

    [Test]
    public void Says_the_next_width_at_which_a_line_takes_in_another_word()
    {
        var text = Text(new Run("Commentary (Jun-19)", Heading), new Run("fewer contacts this month", Plain));
        var width = text.MinimumWidth;
        var next = text.NextBreakWidth(width);

        Assert.That(next, Is.GreaterThan(width));
        Assert.That(text.Measure(next), Is.LessThan(text.Measure(width)));
        Assert.That(text.Measure((width + next) / 2), Is.EqualTo(text.Measure(width)));
    }

    [Test]
    public void Is_never_narrower_than_its_longest_word_in_either_style()
    {
        var text = Text(new Run("Outcome", Heading), new Run("a safeguarding b", Plain));
        Assert.That(text.MinimumWidth, Is.EqualTo(Math.Max(Width("Outcome", Heading), Width("safeguarding", Plain))));
    }

    [Test]
    public void Is_no_height_when_empty() => Assert.That(Text(new Run("", Plain)).Measure(100), Is.Zero);

    [Test]
    public void Starts_a_new_line_at_a_line_break_in_a_run()
    {
        var text = Text(new Run("Commentary", Heading), new Run("first paragraph\nsecond", Plain));
        Assert.That(text.Measure(1000), Is.EqualTo(2 * Plain.LineHeight).Within(0.001));
    }

    [Test]
    public void Splits_between_lines_so_a_paragraph_taller_than_a_page_goes_on()
    {
        // Ten forced lines, room for four: the head holds four, the tail the other six, nothing lost.
        var text = Text(new Run("Commentary", Heading), new Run(string.Join("\n", Enumerable.Range(1, 10).Select(i => $"line {i}")), Plain));
        var (head, tail) = text.Split(1000, 4 * Plain.LineHeight + 1);

        Assert.That(head.Measure(1000), Is.EqualTo(4 * Plain.LineHeight).Within(0.001));
        Assert.That(tail!.Measure(1000), Is.EqualTo(6 * Plain.LineHeight).Within(0.001));
    }
}
