using SkiaSharp;

namespace KpiPack.Rendering.Fonts;

/// <summary>
/// The fonts inside the assembly, read once per process and shared: every document, and the check for characters the
/// PDF cannot print, use the same bytes and typefaces (Skia's typefaces are immutable and safe to share between
/// threads). Reading them took a tenth of a cold build when each user copied its own.
/// </summary>
internal static class ShippedFonts
{
    private static readonly Lazy<ShippedFont> LazyRegular = new(() => ShippedFont.Read("DejaVuSansCondensed.ttf"));
    private static readonly Lazy<ShippedFont> LazyBold = new(() => ShippedFont.Read("DejaVuSansCondensed-Bold.ttf"));

    public static ShippedFont Regular => LazyRegular.Value;

    public static ShippedFont Bold => LazyBold.Value;

}

/// <summary>
/// One shipped font: its file in native memory, which the subsetter cuts down, and the typeface Skia measures with.
/// Native, not a managed array: HarfBuzz may read it in place, as the garbage collector never moves it, and it lives
/// as long as the process.
/// </summary>
internal sealed record ShippedFont(SKData Data, SKTypeface Typeface)
{
    public static ShippedFont Read(string name)
    {
        using var stream = typeof(ShippedFont).Assembly.GetManifestResourceStream($"KpiPack.Fonts.{name}")
            ?? throw new InvalidOperationException($"font {name} is not embedded in {typeof(ShippedFont).Assembly.GetName().Name}");
        var data = SKData.Create(stream, stream.Length);
        return new ShippedFont(data, SKTypeface.FromData(data));
    }
}
