using KpiPack.Core.Model;
using KpiPack.Core.Spc;

namespace KpiPack.Core.Appendix;

/// <summary>
/// The marks for statistical process control, in the spirit of Making Data Count's icons: a colour for the
/// reading (blue better, orange worse, purple unusual without a polarity, grey ordinary) and an arrow and a word
/// that say the same in black and white. Every ink passes WCAG AA on its fill (see the palette tests).
/// </summary>
public static class SpcMarks
{
    private static readonly (Rgb Fill, Rgb Ink, string Class) Blue = (new(0xDB, 0xE9, 0xF7), new(0x0B, 0x4F, 0x8A), "spc-better");
    private static readonly (Rgb Fill, Rgb Ink, string Class) Orange = (new(0xFD, 0xE3, 0xC8), new(0x8A, 0x45, 0x00), "spc-worse");
    private static readonly (Rgb Fill, Rgb Ink, string Class) Purple = (new(0xEA, 0xDF, 0xF5), new(0x4B, 0x2A, 0x75), "spc-unusual");
    private static readonly (Rgb Fill, Rgb Ink, string Class) Grey = (new(0xE8, 0xE8, 0xE8), new(0x33, 0x33, 0x33), "spc-common");

    public static readonly IReadOnlyList<Swatch> All =
        [.. Enum.GetValues<SpcVariation>().Select(Variation).OfType<Swatch>(), .. Enum.GetValues<SpcAssurance>().Select(Assurance).OfType<Swatch>()];

    public static Swatch? Variation(SpcVariation variation) => variation switch
    {
        SpcVariation.Common => Of(Grey, "–", "common"),
        SpcVariation.ImprovementHigh => Of(Blue, "↑", "better"),
        SpcVariation.ImprovementLow => Of(Blue, "↓", "better"),
        SpcVariation.ConcernHigh => Of(Orange, "↑", "worse"),
        SpcVariation.ConcernLow => Of(Orange, "↓", "worse"),
        SpcVariation.NeutralHigh => Of(Purple, "↑", "unusual"),
        SpcVariation.NeutralLow => Of(Purple, "↓", "unusual"),
        _ => null,
    };

    public static Swatch? Assurance(SpcAssurance assurance) => assurance switch
    {
        SpcAssurance.Pass => Of(Blue, "P", "passes"),
        SpcAssurance.Fail => Of(Orange, "F", "fails"),
        SpcAssurance.HitAndMiss => Of(Grey, "?", "hit & miss"),
        _ => null,
    };

    /// <summary>The colour a special-cause point is marked with on a sparkline: better, worse or, without a polarity, unusual.</summary>
    public static Rgb PointInk(PointSignal signal) => signal switch
    {
        PointSignal.Unusual => Purple.Ink,
        PointSignal.Improvement => Blue.Ink,
        _ => Orange.Ink,
    };

    /// <summary>"↑ better", "common", "hit &amp; miss": the words printed in the mark.</summary>
    public static string Text(Swatch swatch) => swatch.Mark is "P" or "F" or "?" or "–" ? swatch.Name : $"{swatch.Mark} {swatch.Name}";

    private static Swatch Of((Rgb Fill, Rgb Ink, string Class) colours, string mark, string name) =>
        new(colours.Fill, colours.Ink, mark, name, colours.Class);
}
