using KpiPack.Core.Appendix;
using KpiPack.Core.Spc;

namespace KpiPack.Tests.Rendering;

public class PaletteTests
{
    private static IEnumerable<TestCaseData> Swatches() =>
        new[] { Palette.Positive, Palette.Similar, Palette.Negative, Palette.Green, Palette.Amber, Palette.Red }
            .Concat(SpcMarks.All)
            .Select(s => new TestCaseData(s).SetName($"{s.Mark} {s.Name} ink on its fill passes WCAG AA"));

    [TestCaseSource(nameof(Swatches))]
    public void Ink_on_fill_passes_wcag_aa(Swatch swatch) =>
        Assert.That(Palette.Contrast(swatch.Ink, swatch.Fill), Is.GreaterThanOrEqualTo(4.5));

    [Test]
    public void Header_and_body_text_pass_wcag_aa()
    {
        Assert.That(Palette.Contrast(Palette.HeaderInk, Palette.HeaderFill), Is.GreaterThanOrEqualTo(4.5));
        Assert.That(Palette.Contrast(Palette.Muted, Palette.ReportMonthFill), Is.GreaterThanOrEqualTo(4.5));
        Assert.That(Palette.Contrast(Palette.HeaderFill, Palette.SectionFill), Is.GreaterThanOrEqualTo(4.5));
    }

    [Test]
    public void Each_judgement_has_its_own_mark_so_it_survives_a_photocopy() =>
        Assert.That(new[] { Palette.Positive.Mark, Palette.Similar.Mark, Palette.Negative.Mark }, Is.Unique);

    [Test]
    public void Contrast_is_21_for_black_on_white() =>
        Assert.That(Palette.Contrast(Rgb.Black, Rgb.White), Is.EqualTo(21).Within(0.01));

    [Test]
    public void Chart_marks_and_lines_have_3_to_1_on_white_as_wcag_asks_of_graphics() =>
        Assert.That(ChartMarks.Inks.Select(ink => Palette.Contrast(ink, Rgb.White)), Is.All.GreaterThanOrEqualTo(3));

    [Test]
    public void Each_signal_has_its_own_shape_or_size_so_a_chart_survives_a_photocopy() =>
        Assert.That(new[] { PointSignal.Concern, PointSignal.Improvement, PointSignal.Unusual }.Select(s => ChartMarks.Point(s).Shape), Is.Unique);
}
