using KpiPack.Core.Input;
using KpiPack.Core.Packs;
using KpiPack.Tests.Support;

namespace KpiPack.Tests.Packs;

public class PackFileTests : PackFileFolder
{
    [Test]
    public void Reads_comments_trailing_commas_and_every_setting()
    {
        var pack = Load("""
            // a comment
            {
              "service": "Early Help", "months": 7, "pageSize": "A3", "agendaItem": "9", "commentary": "column", "targetYears": 4,
              "output": "{label}-{appendix}.pdf",
              "spc": { "maxPoints": 36, "shiftRun": 8 },
              "appendices": [ { "appendix": "2", "sections": ["Early Help"], "columns": ["owner", "trend"] }, ],
            }
            """);

        Assert.That((pack.Service, pack.Months, pack.PageSize, pack.AgendaItem), Is.EqualTo(("Early Help", 7, PageSize.A3, "9")));
        Assert.That((pack.Commentary, pack.TargetYears), Is.EqualTo((CommentaryPlacement.Column, 4)));
        Assert.That((pack.Spc.MaxPoints, pack.Spc.MinPoints, pack.Spc.ShiftRun, pack.Spc.TrendRun), Is.EqualTo((36, 12, 8, 7)));
        Assert.That(pack.Appendices.Single().Parts, Is.EquivalentTo(new[] { AppendixPart.Owner, AppendixPart.Trend }));
        Assert.That(Path.GetFileName(pack.OutputFor(pack.Appendices[0], new Core.Model.Month(2020, 6))), Is.EqualTo("Jun-20-2.pdf"));
    }

    [Test]
    public void Puts_the_commentary_under_each_row_and_shows_two_years_of_targets_unless_told()
    {
        var pack = Load("{}");
        Assert.That((pack.Commentary, pack.TargetYears), Is.EqualTo((CommentaryPlacement.Row, 2)));
    }

    [Test]
    public void Declares_the_appendix_in_british_english_unless_told_another_language()
    {
        Assert.That(Load("{}").Language, Is.EqualTo("en-GB"));
        Assert.That(Load("""{ "language": "cy-GB" }""").Language, Is.EqualTo("cy-GB"));
    }

    [TestCase("""{ "months": 1 }""", "months must be a whole number from 2 to 24, not 1")]
    [TestCase("""{ "pageSize": "Letter" }""", "pageSize 'Letter' is not one of A4, A3")]
    [TestCase("""{ "appendices": [ null ] }""", "appendices has an empty entry (null)")]
    [TestCase("""{ "output": "appendix-\u0000-{month}.pdf" }""", "output has a character no file name can hold")]
    [TestCase("""{ "commentary": "margin" }""", "commentary 'margin' is not one of row, column")]
    [TestCase("""{ "language": "Welsh" }""", "language 'Welsh' must be a language tag such as en-GB or cy-GB")]
    [TestCase("""{ "language": "en_GB" }""", "language 'en_GB' must be a language tag")]
    [TestCase("""{ "targetYears": 0 }""", "targetYears must be a whole number from 1 to 10, not 0")]
    [TestCase("""{ "output": "appendix.pdf" }""", "must end in .pdf and contain {month} or {label}")]
    [TestCase("""{ "appendices": [ { "appendix": "1" }, { "appendix": "1" } ] }""", "appendix 1 is defined twice")]
    [TestCase("""{ "appendices": [ { "columns": ["sparkline"] } ] }""", "column 'sparkline' is not one of")]
    [TestCase("""{ "spc": { "minPoints": 2 } }""", "spc: minPoints must be at least 3")]
    [TestCase("""{ "spc": { "trendRun": 1 } }""", "spc: shiftRun and trendRun must be at least 2")]
    public void Refuses_settings_that_cannot_work(string json, string message)
    {
        var error = Assert.Throws<InputException>(() => Load(json))!;
        Assert.That(error.Message, Does.Contain(message));
    }
}
