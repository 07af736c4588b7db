using PdfSharp.Fonts;

namespace KpiPack.Rendering.Fonts;

/// <summary>
/// The fonts inside the assembly (DejaVu Sans Condensed, regular and bold, which have ↑ → ↓ ▲ ▼ £ ✓ ✗), read once per
/// process and served to PDFsharp by <see cref="ShippedFontResolver"/>: the PDF uses no font of the machine's, so it
/// looks and measures the same everywhere.
/// </summary>
internal static class ShippedFonts
{
    /// <summary>The family name PDFsharp is asked for; the resolver answers with the shipped faces alone.</summary>
    public const string Family = "KpiPack Sans";

    public const string RegularFace = "DejaVuSansCondensed";
    public const string BoldFace = "DejaVuSansCondensed-Bold";

    private static readonly Lazy<byte[]> LazyRegular = new(() => Read(RegularFace));
    private static readonly Lazy<byte[]> LazyBold = new(() => Read(BoldFace));
    private static readonly Lazy<FontCoverage> LazyCoverage = new(() => FontCoverage.Of(Regular));
    private static readonly object Registering = new();
    private static bool _registered;

    public static byte[] Regular => LazyRegular.Value;

    public static byte[] Bold => LazyBold.Value;

    /// <summary>The characters the shipped fonts can draw (bold has the same as regular).</summary>
    public static FontCoverage Coverage => LazyCoverage.Value;

    /// <summary>
    /// Makes PDFsharp take its fonts from <see cref="ShippedFontResolver"/>: once per process, before any font is made
    /// (PDFsharp holds one resolver per process and refuses a change once fonts are used, so one already set is kept).
    /// </summary>
    public static void Register()
    {
        lock (Registering)
        {
            if (_registered) return;
            GlobalFontSettings.FontResolver ??= new ShippedFontResolver();
            _registered = true;
        }
    }

    private static byte[] Read(string face)
    {
        using var stream = typeof(ShippedFonts).Assembly.GetManifestResourceStream($"KpiPack.Fonts.{face}.ttf")
            ?? throw new InvalidOperationException($"font {face} is not embedded in {typeof(ShippedFonts).Assembly.GetName().Name}");
        var bytes = new byte[stream.Length];
        stream.ReadExactly(bytes);
        return bytes;
    }
}

/// <summary>Serves PDFsharp the shipped fonts and nothing else: whatever family it is asked for, bold or not.</summary>
internal sealed class ShippedFontResolver : IFontResolver
{
    public FontResolverInfo ResolveTypeface(string familyName, bool bold, bool italic) =>
        new(bold ? ShippedFonts.BoldFace : ShippedFonts.RegularFace);

    public byte[] GetFont(string faceName) => faceName == ShippedFonts.BoldFace ? ShippedFonts.Bold : ShippedFonts.Regular;
}
