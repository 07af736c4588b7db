using PdfSharp.Fonts;
using System.Reflection;

namespace KpiPack.Tests.Accessibility;

/// <summary>
/// Serves PDFsharp the fonts KpiPack ships (DejaVu Sans Condensed, regular and bold) for any family name, so the tests
/// can write small tagged PDFs. PDFsharp holds one resolver per process and refuses a change once fonts are used: this
/// one is registered only when none is, so a resolver the product registers first is left in place.
/// </summary>
internal sealed class ShippedFontResolver : IFontResolver
{
    private static readonly object Gate = new();

    public static void EnsureRegistered()
    {
        lock (Gate)
            GlobalFontSettings.FontResolver ??= new ShippedFontResolver();
    }

    public FontResolverInfo ResolveTypeface(string familyName, bool bold, bool italic) =>
        new(bold ? "DejaVuSansCondensed-Bold" : "DejaVuSansCondensed");

    public byte[] GetFont(string faceName)
    {
        using var stream = Assembly.Load("KpiPack.Rendering").GetManifestResourceStream($"KpiPack.Fonts.{faceName}.ttf")
            ?? throw new InvalidOperationException($"font {faceName} is not embedded in KpiPack.Rendering");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
