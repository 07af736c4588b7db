using SkiaSharp;

namespace KpiPack.Rendering.Layout;

/// <summary>A fixed-height area drawn by code: a sparkline, a swatch, a rule.</summary>
internal sealed record Drawing(float Height, Action<SKCanvas, SKRect> Paint, string Name = "drawing") : IElement
{
    public float Measure(float width) => Height;

    public float NextBreakWidth(float width) => float.PositiveInfinity;

    /// <summary>Draws at the top of <paramref name="area"/>, at its own height, however tall the area is.</summary>
    public void Draw(SKCanvas canvas, SKRect area)
    {
        var own = new SKRect(area.Left, area.Top, area.Right, area.Top + Math.Min(Height, area.Height));
        canvas.Save();
        canvas.ClipRect(own);
        Paint(canvas, own);
        canvas.Restore();
    }

    public override string ToString() => $"Drawing({Name}, {Height}pt)";
}
