using KpiPack.Core.Deriving;

namespace KpiPack.Core.Appendix;

/// <summary>
/// A fill with the ink that reads on it, the glyph or word that says the same without colour, and the name the
/// HTML style sheet knows it by.
/// </summary>
public sealed record Swatch(Rgb Fill, Rgb Ink, string Mark, string Name, string StyleClass);

/// <summary>
/// The appendix's colours: the spreadsheet "good / neutral / bad" fills a council analyst knows for judgements and
/// RAG, with darker inks chosen so every pair passes WCAG AA (4.5:1) — see the palette tests — and a mark that
/// survives a black-and-white photocopy.
/// </summary>
public static class Palette
{
    public static readonly Swatch Positive = new(new(0xC6, 0xEF, 0xCE), new(0x00, 0x61, 0x00), "✓", "Positive", "positive");
    public static readonly Swatch Similar = new(new(0xFF, 0xEB, 0x9C), new(0x80, 0x48, 0x00), "≈", "Similar", "similar");
    public static readonly Swatch Negative = new(new(0xFF, 0xC7, 0xCE), new(0x9C, 0x00, 0x06), "✗", "Negative", "negative");

    // RAG shares the judgement colours: green as positive, amber as similar, red as negative.
    public static readonly Swatch Green = Positive with { Mark = "G", Name = "Green" };
    public static readonly Swatch Amber = Similar with { Mark = "A", Name = "Amber" };
    public static readonly Swatch Red = Negative with { Mark = "R", Name = "Red" };

    public static readonly Rgb Text = new(0x1A, 0x1A, 0x1A);
    public static readonly Rgb Muted = new(0x4D, 0x4D, 0x4D);
    public static readonly Rgb HeaderFill = new(0x1F, 0x3A, 0x5F);
    public static readonly Rgb HeaderInk = Rgb.White;
    public static readonly Rgb SectionFill = new(0xD9, 0xE1, 0xF2);
    public static readonly Rgb ReportMonthFill = new(0xEE, 0xF2, 0xF8);
    public static readonly Rgb Sparkline = HeaderFill;
    public static readonly Rgb Grid = new(0x99, 0x99, 0x99);

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

    /// <summary>Every fill and ink pair the editions use, for the style sheet and the contrast tests.</summary>
    public static IReadOnlyList<Swatch> All => [Positive, Similar, Negative, .. SpcMarks.All];

    /// <summary>WCAG 2 contrast ratio of two colours (1 to 21).</summary>
    public static double Contrast(Rgb a, Rgb b)
    {
        var (la, lb) = (Luminance(a), Luminance(b));
        return (Math.Max(la, lb) + 0.05) / (Math.Min(la, lb) + 0.05);
    }

    private static double Luminance(Rgb color)
    {
        static double Channel(byte value)
        {
            var c = value / 255.0;
            return c <= 0.03928 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * Channel(color.Red) + 0.7152 * Channel(color.Green) + 0.0722 * Channel(color.Blue);
    }
}
