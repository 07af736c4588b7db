using KpiPack.Core.Appendix;
using KpiPack.Rendering.Layout;

namespace KpiPack.Rendering.Pdf;

/// <summary>
/// The icons beside an exception's chart and the point marks of its legend, drawn by KpiPack as shapes: a circle or
/// square filled and outlined, with its arrow or letter inside so that colour is never the only signal. An icon is
/// always drawn beside its words ("worse", "unusual"), which a reader is told; the icon itself is decoration.
/// </summary>
internal sealed class ChartIcons(ITextMeasurer measurer)
{
    /// <summary>An icon <paramref name="size"/> points across, at the left of its area.</summary>
    public Drawing Of(ChartIcon icon, float size) =>
        new(size, (canvas, area) => Paint(canvas, new Rect(area.Left, area.Top, area.Left + size, area.Top + size), icon), $"icon {icon.Name}");

    /// <summary>The icon, then its words beside it: "↑ worse".</summary>
    public IElement WithWords(ChartIcon icon, float size, TextStyle style, string? words = null) => new Columns(
    [
        new Column(Of(icon, size), size),
        new Column(new TextBlock(words ?? ChartMarks.Words(icon), style, measurer)),
    ], Gap: 2);

    public void Paint(ICanvas canvas, Rect box, ChartIcon icon)
    {
        // A plain point mark (no glyph) is drawn smaller, as on the chart.
        var inset = icon.Mark.Length == 0 ? box.Width * 0.25f : 0.5f;
        var shape = box.Deflate(inset);
        DrawShape(canvas, icon.Shape, shape, icon.Fill, icon.Mark.Length > 0 ? new Stroke(icon.Ink, 0.8f) : null);
        if (icon.Mark.Length == 0) return;

        var font = new TextFont(Bold: true, box.Height * 0.62f);
        // Centred on the box: most of a glyph such as ↑ stands between the baseline and the cap height (0.73 em).
        var baseline = box.MidY + font.Size * 0.73f / 2;
        canvas.Text(icon.Mark, box.MidX - measurer.Width(icon.Mark, font) / 2, baseline, font, icon.Ink);
    }

    public static void DrawShape(ICanvas canvas, MarkShape shape, Rect box, Rgb? fill, Stroke? outline)
    {
        switch (shape)
        {
            case MarkShape.Square:
                canvas.Rectangle(box, fill, outline);
                break;
            case MarkShape.Diamond:
                canvas.Path([new(box.MidX, box.Top), new(box.Right, box.MidY), new(box.MidX, box.Bottom), new(box.Left, box.MidY)], fill, outline, closed: true);
                break;
            default:
                canvas.Ellipse(box, fill, outline);
                break;
        }
    }
}
