using KpiPack.Rendering.Fonts;
using KpiPack.Core.Appendix;
using KpiPack.Core.Packs;
using KpiPack.Rendering.Layout;

namespace KpiPack.Rendering.Pdf;

/// <summary>The printed edition of an appendix: landscape pages laid out like the council's Appendix 1.</summary>
public static class PdfEdition
{
    /// <summary>The characters of a text the PDF's fonts cannot draw (they would print as blanks), or an empty string.</summary>
    public static string MissingCharacters(string text) => FontSet.Missing(text);

    /// <summary>Starts reading the fonts in the background; a build calls this first, so they are ready when it needs them.</summary>
    public static void Prepare() => ShippedFonts.StartReading();

    /// <summary>Writes the appendix as a PDF; returns its page count.</summary>
    public static int Write(AppendixModel appendix, Stream output)
    {
        using var fonts = new FontSet();
        using var sparklines = new Sparklines();
        var document = new AppendixDocument(appendix, fonts, sparklines);
        IReadOnlyList<Page> pages;
        try
        {
            pages = document.Document.Layout();
        }
        catch (LayoutException e)
        {
            throw new PageTooNarrowException(e.Message);
        }
        var metadata = new PdfMetadata(appendix.DocumentTitle, appendix.DocumentSubject, appendix.Author, appendix.Month.FirstDayUtc);
        PdfWriter.Write(document.Document, pages, metadata, output, appendix.PageSize == PageSize.A3 ? MathF.Sqrt(2) : 1);
        return pages.Count;
    }
}
