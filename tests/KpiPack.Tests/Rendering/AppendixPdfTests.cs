using System.Text.RegularExpressions;
using KpiPack.Core.Model;
using KpiPack.Rendering.Pdf;
using KpiPack.Rendering.Fonts;
using KpiPack.Tests.Support;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;

namespace KpiPack.Tests.Rendering;

/// <summary>The sample appendices for Jun-19 and Jun-20, read back from the PDF bytes with PdfPig.</summary>
[TestFixture("2019-06")]
[TestFixture("2020-06")]
public class AppendixPdfTests(string reportMonth)
{
    private readonly Month _month = Month.Parse(reportMonth);
    private byte[] _pdf = null!;
    private PdfDocument _document = null!;
    private IReadOnlyList<Page> _pages = null!;

    [OneTimeSetUp]
    public void Render()
    {
        _pdf = SampleAppendix.Render(_month);
        _document = PdfDocument.Open(_pdf);
        _pages = _document.GetPages().ToList();
    }

    [OneTimeTearDown]
    public void Close() => _document.Dispose();

    [Test]
    public void Has_as_many_landscape_a4_pages_as_the_layout_made()
    {
        var fonts = new FontSet();
        var expected = new AppendixDocument(SampleAppendix.Model(_month), fonts).Document.Layout().Count;
        Assert.That(_pages, Has.Count.EqualTo(expected).And.Count.GreaterThan(1));
        Assert.That(_pages.Select(p => (Math.Round(p.Width), Math.Round(p.Height))), Is.All.EqualTo((842.0, 595.0)));
    }

    [Test]
    public void Every_page_has_the_service_the_month_the_stamp_and_its_number()
    {
        for (var i = 0; i < _pages.Count; i++)
        {
            var text = Words(_pages[i]);
            Assert.That(text, Does.Contain("Children and Families"), $"page {i + 1}");
            Assert.That(text, Does.Contain($"{_month.Label} Monthly dataset"), $"page {i + 1}");
            Assert.That(text, Does.Contain("Agenda Item 7").And.Contain("Appendix 1"), $"page {i + 1}");
            Assert.That(text, Does.Contain($"Page {i + 1} of {_pages.Count}"), $"page {i + 1}");
        }
    }

    [Test]
    public void Every_page_of_the_table_repeats_its_header()
    {
        // "Outcome" is not a heading: with the commentary under each row it heads that line, and a page may hold only
        // indicators without one.
        string[] headings = ["Ref", "Indicator", "Owner", "Reporter", "Trend", "% change from", "previous", "average", "maximum", "SPC", "Benchmarking", "England", "Target"];
        var tablePages = TablePages().ToList();
        Assert.That(tablePages, Has.Count.GreaterThan(1));
        foreach (var page in tablePages)
            Assert.That(headings.Where(h => !Words(page).Contains(h)), Is.Empty, $"page {page.Number}");
        Assert.That(tablePages.Select(p => Words(p).Contains(_month.AddMonths(-12).Label)), Is.All.True, "the same month last year is shown");
    }

    [Test]
    public void The_exceptions_come_first_and_list_what_the_engine_flags()
    {
        var concern = SampleAppendix.Model(_month).Rows.Where(r => r.Spc.Variation is Core.Spc.SpcVariation.ConcernHigh or Core.Spc.SpcVariation.ConcernLow).Select(r => r.Indicator.Ref).ToList();
        var exceptionPages = ExceptionPages().ToList();

        Assert.That(exceptionPages, Is.Not.Empty);
        var text = string.Join(" ", exceptionPages.Select(Words));
        Assert.That(text, Does.Contain($"Exceptions, {_month.Label}: what the panel may want to ask about"));
        Assert.That(text, Does.Contain($"Special cause: concern ({concern.Count})"));
        // A ref such as "LAC11-QL (%)" wraps in its narrow column: look for each of its words.
        Assert.That(concern.Where(r => !r.Split(' ').All(text.Contains)), Is.Empty);
    }

    [Test]
    public void Only_the_first_page_has_the_keys()
    {
        Assert.That(Words(_pages[0]), Does.Contain("Key to direction of travel: Increase 10% or more ↑ / Similar → / Decrease 10% or more ↓"));
        Assert.That(Words(_pages[0]), Does.Contain("Qualitative measures:").And.Contain("Positive").And.Contain("Negative"));
        Assert.That(Words(_pages[0]), Does.Contain("Updated Mar-19, using 17-18 data"));
        Assert.That(_pages.Skip(1).Select(Words), Has.None.Contains("Key to direction of travel"));
    }

    [Test]
    public void Every_catalogue_ref_appears_once_in_the_ref_column()
    {
        var refs = TablePages().SelectMany(RefColumn).Where(r => r != "Ref").ToList();
        Assert.That(refs, Is.EquivalentTo(SamplePack.Catalogue.Indicators.Select(i => i.Ref)));
    }

    [Test]
    public void Arrows_and_polarity_come_out_as_unicode_characters()
    {
        var letters = _pages.SelectMany(p => p.Letters).Select(l => l.Value).ToHashSet();
        Assert.That(new[] { "↑", "→", "↓", "▲", "▼", "✓", "✗" }.Where(g => !letters.Contains(g)), Is.Empty);
    }

    [Test]
    public void Text_extraction_gives_whole_words()
    {
        var words = _pages.SelectMany(p => p.GetWords()).Select(w => w.Text).ToHashSet();
        Assert.That(new[] { "Commentary", "Indicator", "Benchmarking", "referrals", "Schofield" }.Where(w => !words.Contains(w)), Is.Empty);
    }

    [Test]
    public void Two_builds_are_byte_identical() =>
        Assert.That(SampleAppendix.Render(_month), Is.EqualTo(_pdf));

    [Test]
    public void Records_title_author_and_the_report_month_as_creation_date()
    {
        var info = _document.Information;
        Assert.That(info.Title, Is.EqualTo($"Children and Families monthly dataset {_month.Label}"));
        Assert.That(info.Author, Is.EqualTo("Children's Services data team"));
        Assert.That(info.GetCreatedDateTimeOffset()?.UtcDateTime, Is.EqualTo(_month.FirstDayUtc));
    }

    [Test]
    public void Prints_missing_values_as_their_marker_and_na_as_na()
    {
        var all = string.Join(" ", _pages.Select(Words));
        Assert.That(all, Does.Contain("n/a"));
        if (_month == new Month(2019, 6)) Assert.That(all, Does.Contain("tbc"), "LAC16's Apr-19 and May-19 were tbc");
    }

    /// <summary>The pages that hold some of the exceptions: the first table of the document.</summary>
    private IEnumerable<Page> ExceptionPages()
    {
        var fonts = new FontSet();
        var layout = new AppendixDocument(SampleAppendix.Model(_month), fonts).Document;
        var laidOut = layout.Layout();
        return _pages.Where(p => laidOut[p.Number - 1].Parts.Any(part => part.Table == layout.Tables[0])).ToList();
    }

    /// <summary>The pages of the indicator table, after the exceptions.</summary>
    private IEnumerable<Page> TablePages()
    {
        var fonts = new FontSet();
        var layout = new AppendixDocument(SampleAppendix.Model(_month), fonts).Document;
        var laidOut = layout.Layout();
        return _pages.Where(p => laidOut[p.Number - 1].Parts.Any(part => part.Table == layout.Table)).ToList();
    }

    /// <summary>The page's words, lines joined by spaces, reading order.</summary>
    private static string Words(Page page) =>
        string.Join(" ", page.GetWords().Select(w => w.Text));

    /// <summary>The text of the Ref column, one entry per table row (a ref may wrap onto two lines).</summary>
    private IEnumerable<string> RefColumn(Page page)
    {
        var fonts = new FontSet();
        var layout = new AppendixDocument(SampleAppendix.Model(_month), fonts).Document;
        var left = AppendixDocument.PageMargins.Left;
        var right = left + layout.Table.ColumnWidths[0];
        var tableTop = page.Height - layout.Layout()[page.Number - 1].Parts.Single(p => p.Table == layout.Table).Area.Top;
        // Refs are the bold 6pt text of the first column in the body's ink; section headings (7.5pt) and the grey
        // headings of the line under each indicator start there too.
        var inColumn = page.GetWords()
            .Where(w => w.BoundingBox.Top <= tableTop && w.BoundingBox.Left >= left - 0.5 && w.BoundingBox.Right <= right + 0.5)
            .Where(w => w.Letters.All(l => Math.Abs(l.PointSize - 6) < 0.1 && (l.FontName ?? "").Contains("Bold") && l.Color?.ToRGBValues().r < 0.2))
            .OrderByDescending(w => w.BoundingBox.Bottom)
            .ToList();
        var entries = new List<List<Word>>();
        foreach (var word in inColumn)
        {
            var last = entries.LastOrDefault();
            if (last is not null && last[^1].BoundingBox.Bottom - word.BoundingBox.Bottom < 9) last.Add(word);
            else entries.Add([word]);
        }
        return entries.Select(e => Regex.Replace(string.Join(" ", e.Select(w => w.Text)), @"\s+", " "));
    }
}
