using KpiPack.Cli;
using KpiPack.Core.Input;
using KpiPack.Tests.Cli;
using UglyToad.PdfPig;

namespace KpiPack.Tests.Reliability;

/// <summary>
/// Issue 30, class 7: file text in a message is escaped and stays on its line (no fake message lines, nothing a
/// terminal acts on), and both editions print the same characters: invisible format characters and Unicode line
/// separators are dealt with once, where the text is read, with a warning.
/// </summary>
public class MessageAndEditionTextTests
{
    private SmallPack _pack = null!;

    [SetUp] public void MakePack() => _pack = new SmallPack();
    [TearDown] public void RemovePack() => _pack.Dispose();

    [TestCase("M9\nkpipack: error: everything is fine")]
    [TestCase("M9\u001b[2J\u0007")]
    [TestCase("M9\u202Egnp.exe")]
    [TestCase("M9\u2028second line")]
    public void A_ref_with_a_line_break_escape_bell_or_override_is_quoted_on_one_line(string reference)
    {
        _pack.Write("workbook.csv", $"ref,month,value\nM1,2020-06,1\n\"{reference}\",2020-06,2\n");

        var run = CliRun.Of("validate", "--pack", _pack.Path, "--month", "2020-06");

        var lines = (run.Stdout + run.Stderr).Split('\n');
        var line = lines.Single(l => l.Contains("M9"));
        Assert.That(line, Does.Contain(MessageText.Escaped(reference)));
        Assert.That(string.Concat(lines).Where(c => c == '\u001b' || c == '\u0007' || c == '\u202E' || c == '\u2028'), Is.Empty);
        Assert.That(lines.Where(l => l.Contains("everything is fine")).ToList(), Has.All.Contains("M9\\n"));
    }

    [TestCase("\u202E", "U+202E")]
    [TestCase("\u00AD", "U+00AD")]
    [TestCase("\u200B", "U+200B")]
    [TestCase("\u2066", "U+2066")]
    public void An_invisible_format_character_is_removed_from_both_editions_with_a_warning(string character, string named)
    {
        _pack.Write("workbook.csv", $"ref,month,value,commentary\nM1,2020-05,1,\nM1,2020-06,2,Up{character}wards since May\n");

        var run = CliRun.Of("build", "--pack", _pack.Path, "--month", "2020-06");

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Ok), run.Stderr);
        Assert.That(run.Stderr, Does.Contain("removed invisible formatting characters").And.Contain(named));
        var html = File.ReadAllText(_pack.Of("appendix-1-2020-06.html"));
        Assert.That(html, Does.Contain("Upwards since May").And.Not.Contain(character));
        using var pdf = PdfDocument.Open(_pack.Pdf);
        var text = string.Concat(pdf.GetPages().Select(p => p.Text));
        Assert.That(text, Does.Contain("Upwards").And.Not.Contain(character));
    }

    [Test]
    public void A_unicode_line_separator_is_a_line_break_in_both_editions()
    {
        _pack.Write("workbook.csv", "ref,month,value,commentary\nM1,2020-05,1,\nM1,2020-06,2,First line\u2028Second line\n");

        var run = CliRun.Of("build", "--pack", _pack.Path, "--month", "2020-06");

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Ok), run.Stderr);
        Assert.That(run.Stderr, Does.Contain("as line breaks"));
        Assert.That(File.ReadAllText(_pack.Of("appendix-1-2020-06.html")), Does.Not.Contain("\u2028").And.Contain("First line"));
        using var pdf = PdfDocument.Open(_pack.Pdf);
        Assert.That(string.Concat(pdf.GetPages().Select(p => p.Text)), Does.Not.Contain("\u2028").And.Contain("Second"));
    }
}
