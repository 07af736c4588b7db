using System.Buffers;
using System.Text;
using SkiaSharp;

namespace KpiPack.Rendering.Fonts;

/// <summary>
/// The fonts shipped inside the assembly (DejaVu Sans Condensed, which has ↑ → ↓ ▲ ▼ £ ✓ ✗) and the
/// characters a document uses. Text is measured with the whole font while a document is composed; once
/// drawing starts the set freezes and draws with fonts cut down to the characters used, which have the
/// same metrics for those characters, so layout is unchanged.
/// </summary>
internal sealed class FontSet : IDisposable
{
    private readonly SortedSet<int> _used = [];
    private (SKTypeface Regular, SKTypeface Bold)? _subset;

    /// <summary>Records characters that will be drawn. Fails once drawing has started: the fonts are already cut.</summary>
    public void Use(string text)
    {
        if (_subset is not null && !text.EnumerateRunes().All(r => _used.Contains(r.Value)))
            throw new InvalidOperationException($"text composed after drawing started: '{text}'");
        foreach (var rune in text.EnumerateRunes()) _used.Add(rune.Value);
    }

    public SKFont MeasuringFont(bool bold, float size) => Font((bold ? ShippedFonts.Bold : ShippedFonts.Regular).Typeface, size);

    private static readonly SearchValues<char> PrintableAscii =
        SearchValues.Create("\t\n\r !\"#$%&'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~");

    private static readonly Lazy<SKFont> CoverageFont = new(() => new SKFont(ShippedFonts.Regular.Typeface));

    /// <summary>The characters of <paramref name="text"/> the shipped fonts have no glyph for (line breaks and spaces aside).</summary>
    public static string Missing(string text)
    {
        // Nearly all text is printable ASCII, which the font has whole: no need to ask it glyph by glyph.
        if (!text.AsSpan().ContainsAnyExcept(PrintableAscii)) return "";
        lock (CoverageFont) // an SKFont is not to be shared between threads
            return string.Concat(text.EnumerateRunes()
                .Where(r => !Rune.IsWhiteSpace(r) && !Rune.IsControl(r) && !CoverageFont.Value.ContainsGlyph(r.Value))
                .Distinct()
                .Select(r => r.ToString()));
    }

    public SKFont DrawingFont(bool bold, float size)
    {
        _subset ??= (Subset(ShippedFonts.Regular.Data), Subset(ShippedFonts.Bold.Data));
        return Font(bold ? _subset.Value.Bold : _subset.Value.Regular, size);
    }

    public void Dispose()
    {
        _subset?.Regular.Dispose();
        _subset?.Bold.Dispose();
    }

    private SKTypeface Subset(SKData font) => SKTypeface.FromData(SKData.CreateCopy(FontSubsetter.Subset(font, _used)));

    // Unhinted, subpixel-positioned, linear metrics: with hinting, advances round to whole points and
    // small text looks loose, and text extracted from the PDF splits words apart.
    private static SKFont Font(SKTypeface typeface, float size) => new(typeface, size)
    {
        Subpixel = true,
        LinearMetrics = true,
        Hinting = SKFontHinting.None,
        Edging = SKFontEdging.Antialias,
    };
}
