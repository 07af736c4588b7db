using System.Reflection;
using KpiPack.Core.Model;

namespace KpiPack.Tests.Model;

public class ObservationTests
{
    [Test]
    public void A_number_has_no_marker_and_a_marker_no_number()
    {
        Assert.That((Observation.Of(5).Number, Observation.Of(5).Marker, Observation.Of(5).IsNumber), Is.EqualTo(((decimal?)5m, "", true)));
        Assert.That((Observation.Missing("tbc").Number, Observation.Missing("tbc").Marker, Observation.Missing("tbc").IsNumber),
            Is.EqualTo(((decimal?)null, "tbc", false)));
        Assert.That((Observation.Blank.Number, Observation.Blank.Marker), Is.EqualTo(((decimal?)null, "")));
    }

    [Test]
    public void A_marker_keeps_the_workbooks_spelling() =>
        Assert.That(Observation.Missing("TBC").ToString(), Is.EqualTo("TBC"));

    [TestCase("5")]
    [TestCase("")]
    [TestCase(" ")]
    [TestCase("to follow")]
    public void Missing_refuses_what_is_not_a_marker(string marker) =>
        Assert.That(() => Observation.Missing(marker), Throws.ArgumentException.With.Message.Contains("is not a marker"));

    // A number with a marker cannot be written: there is no public constructor, and no property a with expression
    // could set (neither a setter nor an init accessor), so `new Observation(5, "tbc")` and
    // `Observation.Of(5) with { Marker = "tbc" }` do not compile.
    [Test]
    public void A_number_with_a_marker_cannot_be_made()
    {
        Assert.That(typeof(Observation).GetConstructors(BindingFlags.Public | BindingFlags.Instance), Is.Empty);
        Assert.That(typeof(Observation).GetProperties().Where(p => p.SetMethod is not null).Select(p => p.Name), Is.Empty);
    }

    [Test]
    public void Equal_cells_are_equal() =>
        Assert.That((Observation.Of(5), Observation.Missing("tbc"), Observation.FromText(" ")),
            Is.EqualTo((Observation.Of(5), Observation.Missing("tbc"), Observation.Blank)));

    [TestCase("17.4", "17.4", true)]
    [TestCase(" tbc ", "tbc", false)]
    [TestCase("N/A", "N/A", false)]
    [TestCase("", "", false)]
    public void Reads_a_cells_text(string text, string printed, bool isNumber)
    {
        var observation = Observation.FromText(text)!;
        Assert.That((observation.ToString(), observation.IsNumber), Is.EqualTo((printed, isNumber)));
    }

    [Test]
    public void Text_that_is_neither_is_not_an_observation() =>
        Assert.That(Observation.FromText("about 40"), Is.Null);
}
