using KpiPack.Core.Appendix;

namespace KpiPack.Rendering.Html;

/// <summary>The figures revised since the most recent earlier appendix, as in the PDF: after the exceptions, both figures as printed.</summary>
internal static class RevisionsHtml
{
    public static void Write(HtmlWriter html, RevisionList revisions)
    {
        html.Element("h2", revisions.Heading, ("id", "revised"));
        html.Element("p", $"{revisions.Purpose[..1].ToUpperInvariant()}{revisions.Purpose[1..]}.");
        if (revisions.Figures.Count == 0)
        {
            html.Element("p", revisions.None);
            return;
        }
        html.Open("div", ("class", "scroll"), ("role", "region"), ("aria-labelledby", "revised-caption"), ("tabindex", "0"));
        html.Open("table");
        html.Element("caption", $"{revisions.Heading} ({revisions.Figures.Count})", ("id", "revised-caption"));
        html.Open("thead").Open("tr");
        foreach (var heading in revisions.Headings) html.Element("th", heading, ("scope", "col"));
        html.Close().Close();
        html.Open("tbody");
        foreach (var revision in revisions.Figures)
        {
            html.Open("tr");
            var cells = RevisionList.Cells(revision);
            html.Element("th", cells[0], ("scope", "row"));
            foreach (var cell in cells.Skip(1)) html.Element("td", cell);
            html.Close();
        }
        html.Close();
        html.Close().Close();
    }
}
