using KpiPack.Core.Appendix;
using KpiPack.Rendering.Fonts;
using KpiPack.Rendering.Layout;
using SkiaSharp;

namespace KpiPack.Rendering.Pdf;

/// <summary>
/// The icons beside an exception's chart and the point marks of its legend, drawn by KpiPack as shapes: a circle or
/// square filled and outlined, with its arrow or letter inside so that colour is never the only signal.
/// </summary>
internal sealed class ChartIcons(FontSet fonts)
{
    /// <summary>An icon <paramref name="size"/> points across, at the left of its area.</summary>
    public Drawing Of(ChartIcon icon, float size)
    {
        fonts.Use(icon.Mark);
        return new Drawing(size, (canvas, area) => Paint(canvas, new SKRect(area.Left, area.Top, area.Left + size, area.Top + size), icon), $"icon {icon.Name}");
    }

    /// <summary>The icon, then its words beside it: "↑ worse".</summary>
    public IElement WithWords(ChartIcon icon, float size, TextStyle style, string? words = null) => new Columns(
    [
        new Column(Of(icon, size), size),
        new Column(new TextBlock(words ?? ChartMarks.Words(icon), style, fonts)),
    ], Gap: 2);

    public void Paint(SKCanvas canvas, SKRect box, ChartIcon icon)
    {
        using var fill = new SKPaint { Color = icon.Fill.ToSkia(), Style = SKPaintStyle.Fill, IsAntialias = true };
        using var outline = new SKPaint { Color = icon.Ink.ToSkia(), Style = SKPaintStyle.Stroke, StrokeWidth = 0.8f, IsAntialias = true };
        // A plain point mark (no glyph) is drawn smaller, as on the chart.
        var inset = icon.Mark.Length == 0 ? box.Width * 0.25f : 0.5f;
        var shape = new SKRect(box.Left + inset, box.Top + inset, box.Right - inset, box.Bottom - inset);
        DrawShape(canvas, icon.Shape, shape, fill);
        if (icon.Mark.Length > 0) DrawShape(canvas, icon.Shape, shape, outline);
        if (icon.Mark.Length == 0) return;

        var size = box.Height * 0.62f;
        using var font = fonts.DrawingFont(bold: true, size);
        using var ink = new SKPaint { Color = icon.Ink.ToSkia(), IsAntialias = true };
        font.MeasureText(icon.Mark, out var bounds, ink);
        canvas.DrawText(icon.Mark, box.MidX, box.MidY - bounds.MidY, SKTextAlign.Center, font, ink);
    }

    public static void DrawShape(SKCanvas canvas, MarkShape shape, SKRect box, SKPaint paint)
    {
        switch (shape)
        {
            case MarkShape.Square:
                // Square corners: a rounded one is eight curves in the PDF.
                canvas.DrawRect(box, paint);
                break;
            case MarkShape.Diamond:
                using (var path = new SKPath())
                {
                    path.MoveTo(box.MidX, box.Top);
                    path.LineTo(box.Right, box.MidY);
                    path.LineTo(box.MidX, box.Bottom);
                    path.LineTo(box.Left, box.MidY);
                    path.Close();
                    canvas.DrawPath(path, paint);
                }
                break;
            default:
                if (paint.Style == SKPaintStyle.Stroke)
                {
                    canvas.DrawOval(box, paint);
                    break;
                }
                // A filled dot as a zero-length stroke with round caps: a few bytes in the PDF, where an oval is four curves.
                using (var dot = paint.Clone())
                {
                    dot.Style = SKPaintStyle.Stroke;
                    dot.StrokeCap = SKStrokeCap.Round;
                    dot.StrokeWidth = box.Width;
                    canvas.DrawPoint(box.MidX, box.MidY, dot);
                }
                break;
        }
    }
}
