using KpiPack.Core.Appendix;
using SkiaSharp;

namespace KpiPack.Rendering.Pdf;

internal static class SkiaColours
{
    public static SKColor ToSkia(this Rgb colour) => new(colour.Red, colour.Green, colour.Blue);
}
