using KpiPack.Rendering.Fonts;
using KpiPack.Rendering.Layout;
using static KpiPack.Tests.Layout.LayoutFixtures;

namespace KpiPack.Tests.Layout;

public class RunTextTests : WithFonts
{
    private static readonly TextStyle Plain = new(6);
    private static readonly TextStyle Heading = new(6, Bold: true);

    private RunText Text(params Run[] runs) => new(runs, Fonts);

    private float Width(string text, TextStyle style) => Fonts.MeasuringFont(style.Bold, style.Size).MeasureText(text);

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
}
