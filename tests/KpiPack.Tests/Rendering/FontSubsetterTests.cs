using KpiPack.Rendering.Fonts;
using SkiaSharp;

namespace KpiPack.Tests.Rendering;

public class FontSubsetterTests
{
    private static readonly byte[] FontFile = File.ReadAllBytes(
        Path.Combine(Support.RepoPaths.Root, "src", "KpiPack.Rendering", "Fonts", "DejaVuSansCondensed.ttf"));

    private static readonly SKData Font = SKData.CreateCopy(FontFile);

    [Test]
    public void Keeps_the_characters_asked_for_and_drops_the_rest()
    {
        var subset = FontSubsetter.Subset(Font, "M1↑→↓▲▼£".EnumerateRunes().Select(r => r.Value));

        using var typeface = SKTypeface.FromData(SKData.CreateCopy(subset));
        Assert.That(typeface, Is.Not.Null);
        Assert.That("M1↑→↓▲▼£".EnumerateRunes().Where(r => !typeface.ContainsGlyph(r.Value)), Is.Empty);
        Assert.That(typeface.ContainsGlyph('Z'), Is.False);
        Assert.That(subset.Length, Is.LessThan(FontFile.Length / 20));
    }

    [Test]
    public void Survives_the_garbage_collector_moving_memory_between_calls()
    {
        // HarfBuzz once read font data from a managed array the collector could move: the test host crashed now and then.
        // It now reads native memory in place, which must stay valid from one call to the next.
        for (var i = 0; i < 40; i++)
        {
            var subset = FontSubsetter.Subset(Font, [65 + i % 26, 0x2191]);
            GC.Collect();
            GC.WaitForPendingFinalizers();
            Assert.That(subset, Has.Length.GreaterThan(0));
        }
    }
}
