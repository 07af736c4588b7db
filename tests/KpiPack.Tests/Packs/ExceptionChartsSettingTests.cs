using KpiPack.Core.Input;
using KpiPack.Core.Packs;
using KpiPack.Tests.Support;

namespace KpiPack.Tests.Packs;

/// <summary>"exceptionCharts" in the pack file: on unless set to false (issue 15).</summary>
public class ExceptionChartsSettingTests : PackFileFolder
{
    [Test]
    public void Charts_are_on_unless_the_pack_says_false()
    {
        Assert.That(Load("{}").ExceptionCharts, Is.True);
        Assert.That(Load("""{ "exceptionCharts": true }""").ExceptionCharts, Is.True);
        Assert.That(Load("""{ "exceptionCharts": false }""").ExceptionCharts, Is.False);
    }

    [Test]
    public void A_word_for_the_setting_is_refused_at_its_line()
    {
        var error = Assert.Throws<InputException>(() => Load("{\n  \"exceptionCharts\": \"no\"\n}"))!;
        Assert.That(error.Message, Does.Contain("exceptionCharts must be true or false (without quotes), not \"no\""));
        Assert.That((error.Findings[0].Location.Line, error.Findings[0].Location.Column), Is.EqualTo((2, "22")));
    }
}
