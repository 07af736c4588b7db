using KpiPack.Core.Appendix;

namespace KpiPack.Rendering.Layout;

/// <summary>Padding around content, with an optional background fill and outline.</summary>
internal sealed record Box(IElement Content, float Padding = 0, Rgb? Background = null, Rgb? Outline = null) : IElement
{
    public float Measure(float width) => Content.Measure(width - 2 * Padding) + 2 * Padding;

    public float MinimumWidth => Content.MinimumWidth + 2 * Padding;

    public float NextBreakWidth(float width) => Content.NextBreakWidth(width - 2 * Padding) + 2 * Padding;

    public void Draw(ICanvas canvas, Rect area)
    {
        if (Background is not null || Outline is not null)
            canvas.Artifact(() => canvas.Rectangle(area, Background, Outline is { } line ? new Stroke(line, 0.75f) : null));
        Content.Draw(canvas, area.Deflate(Padding));
    }

    public (IElement Head, IElement? Tail) Split(float width, float height)
    {
        var (head, tail) = Content.Split(width - 2 * Padding, height - 2 * Padding);
        return (this with { Content = head }, tail is null ? null : this with { Content = tail });
    }

    public override string ToString() => $"Box(padding {Padding}: {Content})";
}
