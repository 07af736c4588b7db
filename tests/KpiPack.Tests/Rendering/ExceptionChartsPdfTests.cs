using System.Text.RegularExpressions;
using KpiPack.Cli;
using KpiPack.Core.Model;
using ChartGrid = KpiPack.Rendering.Layout.ChartGrid;
using KpiPack.Rendering.Pdf;
using KpiPack.Tests.Cli;
using KpiPack.Tests.Layout;
using KpiPack.Tests.Support;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;

namespace KpiPack.Tests.Rendering;

/// <summary>
/// `kpipack build --month 2020-06` on a copy of the sample, the PDF read back: every indicator the exceptions page lists
/// has its chart under "Charts for the exceptions", in the same order (issue 15).
/// </summary>
public class ExceptionChartsPdfTests
{
    private TempFolder _folder = null!;
    private string _pack = "";

    [OneTimeSetUp]
    public void Build()
    {
        _folder = new TempFolder();
        _pack = _folder.CopyOf(RepoPaths.SamplePack);
        var run = CliRun.Of("build", "--pack", _pack, "--month", "2020-06", "--appendix", "1");
        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Ok), run.Stderr);
    }

    [OneTimeTearDown] public void RemoveFolder() => _folder.Dispose();

    private static string Words(Page page) => Regex.Replace(string.Join(" ", page.GetWords().Select(w => w.Text)), @"\s+", " ");

    private static string Normal(string text) => Regex.Replace(text, @"\s+", " ");

    [Test]
    public void Every_exception_has_its_chart_titled_under_the_section_heading_in_the_exceptions_order()
    {
        var model = SampleAppendix.Model(new Month(2020, 6), ChartGridTests.AppendixOneOnly);
        var listed = model.Exceptions!.Groups.SelectMany(g => g.Rows).Select(r => r.Indicator).DistinctBy(i => i.Ref).ToList();
        using var pdf = PdfDocument.Open(Path.Combine(_pack, "appendix-1-2020-06.pdf"));
        var pages = pdf.GetPages().Select(Words).ToList();

        var exceptionsPage = pages.FindIndex(p => p.Contains("Exceptions, Jun-20: what the panel may want to ask about"));
        var chartPages = pages.Select((text, i) => (Text: text, Index: i)).Where(p => p.Text.Contains("Charts for the exceptions, Jun-20")).ToList();
        Assert.That(listed, Has.Count.GreaterThan(6), "enough exceptions to need a second page of charts");
        Assert.That(chartPages, Has.Count.EqualTo((listed.Count + 5) / 6), "six charts to a page");
        Assert.That(chartPages[0].Index, Is.EqualTo(exceptionsPage + 1), "the charts follow the exceptions page");

        // Titles wrap in their cells, and a page's text runs across the grid line by line: read each column of the grid
        // on its own, top to bottom, and put the titles found back in the grid's order (row by row, left to right).
        var grid = ChartGrid.For(pdf.GetPage(1).Width is var width ? (float)width - AppendixDocument.PageMargins.Left - AppendixDocument.PageMargins.Right : 0);
        var found = new List<(int Page, double Top, int Column, string Ref)>();
        foreach (var (_, index) in chartPages)
        {
            var page = pdf.GetPage(index + 1);
            var headingTop = page.GetWords().First(w => w.Text == "Charts").BoundingBox.Bottom;
            var words = page.GetWords().Where(w => w.BoundingBox.Top < headingTop).ToList();
            for (var column = 0; column < grid.Columns; column++)
            {
                var left = AppendixDocument.PageMargins.Left + grid.ColumnWidths.Take(column).Sum();
                var inColumn = words.Where(w => w.BoundingBox.Left >= left && w.BoundingBox.Left < left + grid.ColumnWidths[column])
                    .OrderByDescending(w => Math.Round(w.BoundingBox.Bottom, 1)).ThenBy(w => w.BoundingBox.Left).ToList();
                var text = "";
                var starts = new List<(int At, double Top)>();
                foreach (var word in inColumn)
                {
                    starts.Add((text.Length, word.Letters[0].StartBaseLine.Y));
                    text += word.Text + " ";
                }
                foreach (var indicator in listed)
                {
                    var at = text.IndexOf(Normal($"{indicator.Ref} {indicator.Name}") + " ", StringComparison.Ordinal);
                    if (at >= 0) found.Add((index, starts.First(s => s.At == at).Top, column, indicator.Ref));
                }
            }
        }
        Assert.That(found.OrderBy(f => f.Page).ThenByDescending(f => Math.Round(f.Top)).ThenBy(f => f.Column).Select(f => f.Ref),
            Is.EqualTo(listed.Select(i => i.Ref).ToList()));
        // And each ref is on the exceptions page itself (a long ref wraps there: each of its words).
        Assert.That(listed.Where(i => !i.Ref.Split(' ').All(pages[exceptionsPage].Contains)).Select(i => i.Ref), Is.Empty);
    }

    [Test]
    public void Each_chart_has_its_caption_axis_labels_and_icon_words()
    {
        var model = SampleAppendix.Model(new Month(2020, 6), ChartGridTests.AppendixOneOnly);
        using var pdf = PdfDocument.Open(Path.Combine(_pack, "appendix-1-2020-06.pdf"));
        var text = string.Join(" ", pdf.GetPages().Select(Words).Where(t => t.Contains("Charts for the exceptions")));

        foreach (var chart in model.ExceptionCharts)
        {
            // The caption may wrap: look for its first words, and for the axis' labels and the variation's words.
            Assert.That(text, Does.Contain(string.Join(" ", chart.Caption.Split(' ').Take(6))), chart.Ref);
            Assert.That(chart.YTicks.Select(t => t.Label).Where(l => !text.Contains(l)), Is.Empty, chart.Ref);
            if (chart.Variation is { } variation) Assert.That(text, Does.Contain(Core.Appendix.ChartMarks.Words(variation)), chart.Ref);
        }
        Assert.That(text, Does.Contain("Jun-20").And.Contain(model.ExceptionCharts[0].XLabels[0].Label), "months on the x axis as Mon-YY");
        Assert.That(model.ExceptionCharts[0].XLabels[0].Label, Does.Match("^[A-Z][a-z]{2}-[0-9]{2}$"));
        Assert.That(text, Does.Contain("dashed lines: process limits"));
    }

    [Test]
    public void Exception_charts_false_leaves_them_out()
    {
        var file = Path.Combine(_pack, Core.Packs.Pack.FileName);
        File.WriteAllText(file, File.ReadAllText(file).Replace("\"months\": 13,", "\"exceptionCharts\": false, \"months\": 13,"));
        var run = CliRun.Of("build", "--pack", _pack, "--month", "2020-06", "--appendix", "1", "--out", Path.Combine(_pack, "without.pdf"));
        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Ok), run.Stderr);

        using var with = PdfDocument.Open(Path.Combine(_pack, "appendix-1-2020-06.pdf"));
        using var without = PdfDocument.Open(Path.Combine(_pack, "without.pdf"));
        Assert.That(without.GetPages().Select(Words), Has.None.Contains("Charts for the exceptions"));
        Assert.That(without.GetPage(1).Text, Does.Not.Contain("Chart icons"));
        Assert.That(without.NumberOfPages, Is.LessThan(with.NumberOfPages));
    }
}
