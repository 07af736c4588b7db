using SkiaSharp;

namespace KpiPack.Rendering.Layout;

public enum TextAlign { Left, Center, Right }

/// <summary>How a run of text looks: size in points, weight, colour and alignment.</summary>
public sealed record TextStyle(float Size, bool Bold = false, SKColor? Color = null, TextAlign Align = TextAlign.Left)
{
    /// <summary>Baseline-to-baseline distance.</summary>
    public float LineHeight => Size * 1.2f;

    public SKColor Ink => Color ?? SKColors.Black;

    public TextStyle WithBold() => this with { Bold = true };
    public TextStyle WithAlign(TextAlign align) => this with { Align = align };
    public TextStyle WithColor(SKColor color) => this with { Color = color };
}
