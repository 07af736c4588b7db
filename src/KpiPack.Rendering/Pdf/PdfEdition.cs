using KpiPack.Rendering.Fonts;
using KpiPack.Core.Appendix;
using KpiPack.Core.Packs;
using KpiPack.Rendering.Layout;

namespace KpiPack.Rendering.Pdf;

/// <summary>The texts of the page header and keys that come from the user's settings, and may be too long for their space.</summary>
public enum HeaderText { Title, AgendaItem, AppendixNumber, BenchmarkCaption }

/// <summary>The printed edition of an appendix: landscape pages laid out like the council's Appendix 1.</summary>
public static class PdfEdition
{
    /// <summary>The characters of a text the PDF's fonts cannot draw (they would print as blanks), or an empty string.</summary>
    public static string MissingCharacters(string text) => FontSet.Missing(text);

    /// <summary>
    /// Starts, on another thread, the one-off work the first PDF would otherwise wait for: reading the shipped fonts and
    /// PDFsharp's reading of them. A build calls this first, so that work overlaps reading the workbook.
    /// </summary>
    public static void Prepare() => ThreadPool.QueueUserWorkItem(_ =>
    {
        try
        {
            _ = ShippedFonts.Coverage;
            var fonts = new FontSet();
            fonts.Width("0", new TextFont(Bold: false, 6));
            fonts.Width("0", new TextFont(Bold: true, 6));
        }
        catch (Exception)
        {
            // Only a head start: whatever failed here fails again where the PDF needs it, and is reported there; on a
            // pool thread it would end the process with no message of ours.
        }
    });

    /// <summary>Writes the appendix as a PDF; returns its page count.</summary>
    public static int Write(AppendixModel appendix, Stream output) => Write(appendix, output, out _);

    /// <summary>Writes the appendix as a PDF; returns its page count, and which of the page's headings were printed shortened.</summary>
    public static int Write(AppendixModel appendix, Stream output, out IReadOnlyList<HeaderText> shortened)
    {
        var fonts = new FontSet();
        var document = new AppendixDocument(appendix, fonts);
        IReadOnlyList<Page> pages;
        try
        {
            pages = document.Document.Layout();
        }
        catch (LayoutException e)
        {
            throw new PageTooNarrowException(e.Message);
        }
        var metadata = new PdfMetadata(appendix.DocumentTitle, appendix.DocumentSubject, appendix.Author, appendix.Month.FirstDayUtc) { Language = appendix.Language };
        PdfWriter.Write(document.Document, pages, metadata, fonts, output, appendix.PageSize == PageSize.A3 ? MathF.Sqrt(2) : 1);
        shortened = document.Shortened;
        return pages.Count;
    }
}
