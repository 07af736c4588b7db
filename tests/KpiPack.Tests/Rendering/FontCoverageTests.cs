using KpiPack.Rendering.Fonts;

namespace KpiPack.Tests.Rendering;

/// <summary>The shipped fonts' character map, read by KpiPack: PDFsharp draws a character the font lacks as a blank box.</summary>
public class FontCoverageTests
{
    [Test]
    public void Has_the_arrows_marks_and_pound_sign_the_appendix_prints() =>
        Assert.That("M1↑→↓▲▼£✓✗≈".EnumerateRunes().Where(r => !ShippedFonts.Coverage.Has(r.Value)), Is.Empty);

    [Test]
    public void Lacks_what_dejavu_lacks() =>
        Assert.That(FontSet.Missing("Total 中 あ done"), Is.EqualTo("中あ"));

    [Test]
    public void Printable_ascii_is_never_missing() =>
        Assert.That(FontSet.Missing(string.Concat(Enumerable.Range(32, 95).Select(c => (char)c))), Is.Empty);
}
