using System.Buffers;
using System.Text;
using KpiPack.Rendering.Layout;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace KpiPack.Rendering.Fonts;

/// <summary>
/// The shipped fonts as PDFsharp draws them, and the layout's measure of text in them: a text is as wide here as
/// PDFsharp draws it (its advance widths, no kerning). One per document, used from one thread. The PDF embeds each font
/// cut down to the characters drawn (PDFsharp subsets it), as a CID font with a ToUnicode map.
/// </summary>
internal sealed class FontSet : ITextMeasurer
{
    private readonly Dictionary<TextFont, XFont> _fonts = [];
    private readonly Dictionary<(string, TextFont), float> _widths = [];
    private readonly XGraphics _measuring;

    public FontSet()
    {
        ShippedFonts.Register();
        _measuring = XGraphics.CreateMeasureContext(new XSize(2000, 2000), XGraphicsUnit.Point, XPageDirection.Downwards);
    }

    public XFont Font(TextFont font)
    {
        if (!_fonts.TryGetValue(font, out var made))
        {
            made = new XFont(ShippedFonts.Family, font.Size, font.Bold ? XFontStyleEx.Bold : XFontStyleEx.Regular,
                new XPdfFontOptions(PdfFontEncoding.Unicode));
            _fonts[font] = made;
        }
        return made;
    }

    public float Width(string text, TextFont font)
    {
        if (text.Length == 0) return 0;
        if (!_widths.TryGetValue((text, font), out var width))
        {
            width = (float)_measuring.MeasureString(text, Font(font)).Width;
            _widths[(text, font)] = width;
        }
        return width;
    }

    public float Ascent(TextFont font)
    {
        var metrics = Font(font).Metrics;
        return font.Size * metrics.Ascent / metrics.UnitsPerEm;
    }

    private static readonly SearchValues<char> PrintableAscii =
        SearchValues.Create("\t\n\r !\"#$%&'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~");

    /// <summary>The characters of <paramref name="text"/> the shipped fonts have no glyph for (line breaks and spaces aside).</summary>
    public static string Missing(string text)
    {
        // Nearly all text is printable ASCII, which the font has whole: no need to look glyph by glyph.
        if (!text.AsSpan().ContainsAnyExcept(PrintableAscii)) return "";
        return string.Concat(text.EnumerateRunes()
            .Where(r => !Rune.IsWhiteSpace(r) && !Rune.IsControl(r) && !ShippedFonts.Coverage.Has(r.Value))
            .Distinct()
            .Select(r => r.ToString()));
    }
}
