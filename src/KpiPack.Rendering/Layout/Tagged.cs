namespace KpiPack.Rendering.Layout;

/// <summary>Content that a reader is told about as <paramref name="Tag"/>: a heading, a paragraph.</summary>
internal sealed record Tagged(IElement Content, Tag Tag) : IElement
{
    public float Measure(float width) => Content.Measure(width);
    public float MinimumWidth => Content.MinimumWidth;
    public float NextBreakWidth(float width) => Content.NextBreakWidth(width);
    public void Draw(ICanvas canvas, Rect area) => canvas.Tagged(Tag, () => Content.Draw(canvas, area));
    public override string ToString() => $"{Tag}({Content})";
}

/// <summary>Content a reader is not told about: page furniture, or what another part already says.</summary>
internal sealed record Furniture(IElement Content) : IElement
{
    public float Measure(float width) => Content.Measure(width);
    public float MinimumWidth => Content.MinimumWidth;
    public float NextBreakWidth(float width) => Content.NextBreakWidth(width);
    public void Draw(ICanvas canvas, Rect area) => canvas.Artifact(() => Content.Draw(canvas, area));
    public override string ToString() => $"Artifact({Content})";
}
