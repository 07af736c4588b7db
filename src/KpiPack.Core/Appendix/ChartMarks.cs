using KpiPack.Core.Model;
using KpiPack.Core.Spc;

namespace KpiPack.Core.Appendix;

/// <summary>
/// How an exception's chart marks things, as Making Data Count's charts do: orange for a special cause of concern,
/// blue for improvement, purple for an unusual month of an indicator with no better direction, grey for common
/// cause. Each point colour has 3:1 contrast on white (WCAG's rule for graphics; see the palette tests), and a special
/// cause is also a larger mark of its own shape, so the chart reads in black and white.
/// </summary>
public static class ChartMarks
{
    public static readonly Rgb Concern = new(0xE0, 0x6C, 0x00);
    public static readonly Rgb Improvement = new(0x2A, 0x7A, 0xC7);
    public static readonly Rgb Unusual = new(0x7A, 0x4B, 0xA8);
    public static readonly Rgb Common = new(0x8A, 0x8A, 0x8A);

    /// <summary>The line joining the months, lighter than the points on it.</summary>
    public static readonly Rgb Series = new(0xA6, 0xA6, 0xA6);

    /// <summary>The mean (solid) and the process limits (dashed).</summary>
    public static readonly Rgb Centre = Palette.Muted;

    public static readonly Rgb Target = new(0xB2, 0x22, 0x22);

    /// <summary>Every ink drawn on white, for the contrast tests.</summary>
    public static IReadOnlyList<Rgb> Inks => [Concern, Improvement, Unusual, Common, Centre, Target];

    /// <summary>A point's mark: a small grey dot for common cause; a larger circle, square or diamond for a special cause.</summary>
    public static ChartIcon Point(PointSignal signal) => signal switch
    {
        PointSignal.Improvement => new(MarkShape.Circle, Improvement, Improvement, "", "special cause, improvement"),
        PointSignal.Concern => new(MarkShape.Square, Concern, Concern, "", "special cause, concern"),
        PointSignal.Unusual => new(MarkShape.Diamond, Unusual, Unusual, "", "special cause, unusual"),
        _ => new(MarkShape.Circle, Common, Common, "", "common cause"),
    };

    /// <summary>The variation icon beside a chart: a circle with the SPC mark's arrow; null without limits.</summary>
    public static ChartIcon? Variation(SpcVariation variation) =>
        SpcMarks.Variation(variation) is { } swatch ? new(MarkShape.Circle, swatch.Fill, swatch.Ink, swatch.Mark, swatch.Name) : null;

    /// <summary>The assurance icon beside a chart: a square with P, F or ?; null without a target to assure.</summary>
    public static ChartIcon? Assurance(SpcAssurance assurance) =>
        SpcMarks.Assurance(assurance) is { } swatch ? new(MarkShape.Square, swatch.Fill, swatch.Ink, swatch.Mark, swatch.Name) : null;

    /// <summary>"↑ worse", "passes": the words printed beside an icon (the icon holds the arrow or letter).</summary>
    public static string Words(ChartIcon icon) => icon.Mark is "" or "P" or "F" or "?" or "–" ? icon.Name : $"{icon.Mark} {icon.Name}";
}
