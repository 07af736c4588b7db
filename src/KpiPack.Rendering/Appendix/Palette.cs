using KpiPack.Core.Deriving;
using SkiaSharp;

namespace KpiPack.Rendering.Appendix;

/// <summary>A fill with the ink that reads on it, and the glyph or word that says the same without colour.</summary>
public sealed record Swatch(SKColor Fill, SKColor Ink, string Mark, string Name);

/// <summary>
/// The judgement and RAG colours: the spreadsheet "good / neutral / bad" fills a council analyst knows,
/// with darker inks chosen so every pair passes WCAG AA (4.5:1) — see the palette tests — and a mark that
/// survives a black-and-white photocopy.
/// </summary>
public static class Palette
{
    public static readonly Swatch Positive = new(new SKColor(0xC6, 0xEF, 0xCE), new SKColor(0x00, 0x61, 0x00), "✓", "Positive");
    public static readonly Swatch Similar = new(new SKColor(0xFF, 0xEB, 0x9C), new SKColor(0x80, 0x48, 0x00), "≈", "Similar");
    public static readonly Swatch Negative = new(new SKColor(0xFF, 0xC7, 0xCE), new SKColor(0x9C, 0x00, 0x06), "✗", "Negative");

    public static readonly Swatch Green = Positive with { Mark = "G", Name = "Green" };
    public static readonly Swatch Amber = Similar with { Mark = "A", Name = "Amber" };
    public static readonly Swatch Red = Negative with { Mark = "R", Name = "Red" };

    public static readonly SKColor Text = new(0x1A, 0x1A, 0x1A);
    public static readonly SKColor Muted = new(0x4D, 0x4D, 0x4D);
    public static readonly SKColor HeaderFill = new(0x1F, 0x3A, 0x5F);
    public static readonly SKColor HeaderInk = SKColors.White;
    public static readonly SKColor SectionFill = new(0xD9, 0xE1, 0xF2);
    public static readonly SKColor ReportMonthFill = new(0xEE, 0xF2, 0xF8);
    public static readonly SKColor Sparkline = new(0x1F, 0x3A, 0x5F);

    public static Swatch? Of(Judgement judgement) => judgement switch
    {
        Judgement.Positive => Positive,
        Judgement.Similar => Similar,
        Judgement.Negative => Negative,
        _ => null,
    };

    public static Swatch? Of(Rag rag) => rag switch
    {
        Rag.Green => Green,
        Rag.Amber => Amber,
        Rag.Red => Red,
        _ => null,
    };

    /// <summary>WCAG 2 contrast ratio of two colours (1 to 21).</summary>
    public static double Contrast(SKColor a, SKColor b)
    {
        var (la, lb) = (Luminance(a), Luminance(b));
        return (Math.Max(la, lb) + 0.05) / (Math.Min(la, lb) + 0.05);
    }

    private static double Luminance(SKColor color)
    {
        static double Channel(byte value)
        {
            var c = value / 255.0;
            return c <= 0.03928 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * Channel(color.Red) + 0.7152 * Channel(color.Green) + 0.0722 * Channel(color.Blue);
    }
}
