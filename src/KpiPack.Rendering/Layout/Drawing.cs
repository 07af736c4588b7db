namespace KpiPack.Rendering.Layout;

/// <summary>
/// A fixed-height area drawn by code: a sparkline, a chart, an icon. With <paramref name="Alt"/> it is a figure, and
/// a reader is told those words instead; without, it is decoration beside words that say the same (an icon), and
/// a reader is told nothing.
/// </summary>
internal sealed record Drawing(float Height, Action<ICanvas, Rect> Paint, string Name = "drawing", string? Alt = null) : IElement
{
    public float Measure(float width) => Height;

    public float NextBreakWidth(float width) => float.PositiveInfinity;

    /// <summary>
    /// Whether the drawing takes the whole height of the area it is given (a sparkline in a row made taller by a
    /// wrapped name): <see cref="Height"/> is then only the least it needs.
    /// </summary>
    public bool Stretch { get; init; }

    /// <summary>Draws at the top of <paramref name="area"/>, at its own height unless it stretches to the area's.</summary>
    public void Draw(ICanvas canvas, Rect area)
    {
        var own = Stretch ? area : new Rect(area.Left, area.Top, area.Right, area.Top + Math.Min(Height, area.Height));
        if (Alt is null) canvas.BeginArtifact();
        else canvas.BeginTag(new Tag(TagKind.Figure) { Alt = Alt, Box = own });
        canvas.Save();
        canvas.Clip(own);
        Paint(canvas, own);
        canvas.Restore();
        if (Alt is null) canvas.EndArtifact();
        else canvas.EndTag();
    }

    public override string ToString() => $"Drawing({Name}, {Height}pt)";
}
