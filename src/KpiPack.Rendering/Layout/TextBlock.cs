using SkiaSharp;

namespace KpiPack.Rendering.Layout;

/// <summary>Text that wraps at word boundaries to the width it is given (and inside a word only when it must).</summary>
public sealed class TextBlock : IElement
{
    private readonly FontSet _fonts;
    private readonly SKFont _measuring;
    private (float Width, IReadOnlyList<string> Lines)? _wrapped;

    public TextBlock(string text, TextStyle style, FontSet fonts)
    {
        Text = text;
        Style = style;
        _fonts = fonts;
        _measuring = fonts.MeasuringFont(style);
        fonts.Use(text);
    }

    public string Text { get; }
    public TextStyle Style { get; }

    public float Measure(float width) => Text.Length == 0 ? 0 : Lines(width).Count * Style.LineHeight;

    public float MinimumWidth =>
        Text.Split([' ', '\n'], StringSplitOptions.RemoveEmptyEntries).Select(WidthOf).DefaultIfEmpty(0).Max();

    public IReadOnlyList<string> Lines(float width)
    {
        if (_wrapped is { } cached && cached.Width == width) return cached.Lines;
        var lines = Text.Split('\n').SelectMany(paragraph => Wrap(paragraph, width)).ToList();
        _wrapped = (width, lines);
        return lines;
    }

    public float WidthOf(string text) => _measuring.MeasureText(text);

    public void Draw(SKCanvas canvas, SKRect area)
    {
        if (Text.Length == 0) return;
        using var font = _fonts.DrawingFont(Style);
        using var paint = new SKPaint { Color = Style.Ink, IsAntialias = true };
        // The first baseline sits one ascent below the top, with the leading shared above and below.
        var baseline = area.Top + (Style.LineHeight - Style.Size) / 2 - _measuring.Metrics.Ascent * (Style.Size / _measuring.Size);
        foreach (var line in Lines(area.Width))
        {
            var x = Style.Align switch
            {
                TextAlign.Right => area.Right - WidthOf(line),
                TextAlign.Center => area.Left + (area.Width - WidthOf(line)) / 2,
                _ => area.Left,
            };
            canvas.DrawText(line, x, baseline, SKTextAlign.Left, font, paint);
            baseline += Style.LineHeight;
        }
    }

    public (IElement Head, IElement? Tail) Split(float width, float height)
    {
        var lines = Lines(width);
        var fit = Math.Max(1, (int)Math.Floor(height / Style.LineHeight));
        if (fit >= lines.Count) return (this, null);
        return (new TextBlock(string.Join('\n', lines.Take(fit)), Style, _fonts),
                new TextBlock(string.Join('\n', lines.Skip(fit)), Style, _fonts));
    }

    private IEnumerable<string> Wrap(string paragraph, float width)
    {
        var words = paragraph.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0) { yield return ""; yield break; }
        var line = "";
        foreach (var word in words)
        {
            var candidate = line.Length == 0 ? word : line + " " + word;
            if (WidthOf(candidate) <= width) { line = candidate; continue; }
            if (line.Length > 0) yield return line;
            line = word;
            while (WidthOf(line) > width && line.Length > 1)
            {
                var cut = FittingPrefix(line, width);
                yield return line[..cut];
                line = line[cut..];
            }
        }
        yield return line;
    }

    private int FittingPrefix(string word, float width)
    {
        var length = 1;
        while (length < word.Length && WidthOf(word[..(length + 1)]) <= width) length++;
        return length;
    }

    public override string ToString() => $"Text({Style.Size}pt{(Style.Bold ? " bold" : "")}: {Text})";
}
