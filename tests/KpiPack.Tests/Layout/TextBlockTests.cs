using KpiPack.Rendering.Layout;

namespace KpiPack.Tests.Layout;

public class TextBlockTests
{
    private static FontSet _fonts = null!;
    private static readonly TextStyle Style = new(10);

    [OneTimeSetUp] public void LoadFonts() => _fonts = new FontSet();
    [OneTimeTearDown] public void DisposeFonts() => _fonts.Dispose();

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
}
