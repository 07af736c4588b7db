using SkiaSharp;

namespace KpiPack.Rendering.Layout;

/// <summary>Padding around content, with an optional background fill and outline.</summary>
internal sealed record Box(IElement Content, float Padding = 0, SKColor? Background = null, SKColor? Outline = null) : IElement
{
    public float Measure(float width) => Content.Measure(width - 2 * Padding) + 2 * Padding;

    public float MinimumWidth => Content.MinimumWidth + 2 * Padding;

    public float NextBreakWidth(float width) => Content.NextBreakWidth(width - 2 * Padding) + 2 * Padding;

    public void Draw(SKCanvas canvas, SKRect area)
    {
        if (Background is { } fill)
        {
            using var paint = new SKPaint { Color = fill, Style = SKPaintStyle.Fill };
            canvas.DrawRect(area, paint);
        }
        if (Outline is { } line)
        {
            using var paint = new SKPaint { Color = line, Style = SKPaintStyle.Stroke, StrokeWidth = 0.75f, IsAntialias = true };
            canvas.DrawRect(area, paint);
        }
        var inner = new SKRect(area.Left + Padding, area.Top + Padding, area.Right - Padding, area.Bottom - Padding);
        Content.Draw(canvas, inner);
    }

    public (IElement Head, IElement? Tail) Split(float width, float height)
    {
        var (head, tail) = Content.Split(width - 2 * Padding, height - 2 * Padding);
        return (this with { Content = head }, tail is null ? null : this with { Content = tail });
    }

    public override string ToString() => $"Box(padding {Padding}: {Content})";
}
