using KpiPack.Core.Model;
using KpiPack.Core.Packs;
using UglyToad.PdfPig;

namespace KpiPack.Tests.Rendering;

public class AppendixSizeTests
{
    [Test]
    public void The_jun19_sample_tagged_and_with_its_fonts_subset_is_at_most_500_KB()
    {
        // Issue 26's bound: every cell is a structure element of its own (PDFsharp writes no object streams), which
        // costs more than the drawing; an agenda pack's upload limit is far above it.
        var pdf = SampleAppendix.Render(new Month(2019, 6));
        Assert.That(pdf.Length, Is.LessThanOrEqualTo(500 * 1024));
    }

    [Test]
    public void A3_prints_the_same_pages_larger()
    {
        var month = new Month(2019, 6);
        using var a4 = PdfDocument.Open(SampleAppendix.Render(month));
        using var a3 = PdfDocument.Open(SampleAppendix.Render(month, pack => pack with { PageSize = PageSize.A3 }));
        var page = a3.GetPage(1);
        Assert.That((Math.Round(page.Width), Math.Round(page.Height)), Is.EqualTo((1191.0, 842.0)));
        Assert.That(a3.NumberOfPages, Is.EqualTo(a4.NumberOfPages));
    }

    [Test]
    public void Without_an_agenda_item_the_stamp_names_only_the_appendix()
    {
        var month = new Month(2019, 6);
        using var pdf = PdfDocument.Open(SampleAppendix.Render(month, pack => pack with { AgendaItem = null }));
        Assert.That(pdf.GetPage(1).Text, Does.Not.Contain("Agenda Item").And.Contain("Appendix 1"));
    }
}
