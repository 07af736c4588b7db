using KpiPack.Core.Input;

namespace KpiPack.Tests.Input;

public class NearMissTests
{
    private static readonly string[] Catalogue = ["ref", "indicator", "section", "owner", "polarity", "decimals", "sn", "se_region"];

    [TestCase("polarty", "polarity")]
    [TestCase("Polarity ", null)]
    [TestCase("POLAIRTY", "polarity")]
    [TestCase("owners", "owner")]
    [TestCase("SE Region", "se_region")]
    [TestCase("decimal places", "decimals")]
    [TestCase("sections", "section")]
    [TestCase("notes", null)]
    [TestCase("s", null)]
    [TestCase("sm", null)]
    [TestCase("benchmark", null)]
    public void Finds_the_column_probably_meant(string found, string? meant) =>
        Assert.That(NearMiss.Meant(found, Catalogue), Is.EqualTo(meant));

    [Test]
    public void Takes_a_shared_stem_for_a_slip() =>
        Assert.That(NearMiss.Meant("comments", ["ref", "month", "value", "commentary"]), Is.EqualTo("commentary"));

    [Test]
    public void Guesses_nothing_between_two_equally_close_names() =>
        Assert.That(NearMiss.Meant("abcd", ["abce", "abcf"]), Is.Null);

    [TestCase("polarity", "polarity", 0)]
    [TestCase("polarty", "polarity", 1)]
    [TestCase("polraity", "polarity", 1)]
    [TestCase("", "abc", 3)]
    public void Counts_edits_with_a_swap_as_one(string a, string b, int distance) =>
        Assert.That(NearMiss.Distance(a, b), Is.EqualTo(distance));
}
