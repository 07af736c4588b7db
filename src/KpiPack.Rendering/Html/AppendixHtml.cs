using KpiPack.Core.Deriving;
using KpiPack.Core.Model;
using KpiPack.Core.Packs;
using KpiPack.Rendering.Appendix;

namespace KpiPack.Rendering.Html;

/// <summary>
/// The accessible edition of an appendix: one self-contained HTML file with the same content as the PDF, for
/// screen readers, phones and the council website. A real data table per section (caption, column and row
/// headers), judgements and RAG said in words as well as colour, and each sparkline described.
/// </summary>
public static class AppendixHtml
{
    public static void Write(AppendixReport report, AppendixOptions options, Stream output)
    {
        using var html = new HtmlWriter(output);
        var title = $"{options.Service} monthly dataset {report.Month.Label}";
        html.Open("html", ("lang", "en-GB"));
        html.Open("head");
        html.Open("meta", ("charset", "utf-8"));
        html.Open("meta", ("name", "viewport"), ("content", "width=device-width, initial-scale=1"));
        html.Element("title", title);
        html.Open("style").Raw(Style.Css).Close();
        html.Close();

        html.Open("body");
        html.Element("a", "Skip to the figures", ("class", "skip"), ("href", "#figures"));
        html.Open("header");
        if (options.Stamp is { } stamp) html.Element("p", stamp.Replace('\n', ' ').Replace("Appendix", "· Appendix"), ("class", "stamp"));
        html.Element("h1", options.Service);
        html.Element("p", $"{report.Month.Label} Monthly dataset", ("class", "month"));
        html.Close();

        html.Open("main");
        Keys(html, options);
        html.Open("div", ("id", "figures"));
        if (options.Parts.Contains(AppendixPart.Exceptions)) Exceptions(html, report);
        var sections = report.Table.Rows.GroupBy(r => r.Indicator.Section).ToList();
        for (var i = 0; i < sections.Count; i++)
            Section(html, report, options, sections[i].Key.Length > 0 ? sections[i].Key : options.Service, sections[i].ToList(), i + 1);
        html.Close();
        html.Close();
        html.Close();
        html.Close();
    }

    private static void Keys(HtmlWriter html, AppendixOptions options)
    {
        html.Open("section", ("aria-labelledby", "how-to-read"), ("class", "keys"));
        html.Element("h2", "How to read the figures", ("id", "how-to-read"));
        html.Open("ul");
        html.Element("li", "Direction of travel: ↑ an increase of 10% or more, → similar, ↓ a decrease of 10% or more.");
        if (options.Parts.Contains(AppendixPart.Polarity))
            html.Element("li", "DoT: ▲ higher is better, ▼ lower is better.");
        html.Open("li").Text("Qualitative measures: ");
        foreach (var swatch in new[] { Palette.Positive, Palette.Similar, Palette.Negative })
            html.Element("span", $"{swatch.Mark} {swatch.Name}", ("class", swatch.Name.ToLowerInvariant())).Text(" ");
        html.Close();
        if (options.Parts.Contains(AppendixPart.Targets))
        {
            html.Open("li").Text("Target for this financial year: ");
            html.Element("span", "Green: met", ("class", "positive")).Text(" ");
            html.Element("span", "Amber: within 5%", ("class", "similar")).Text(" ");
            html.Element("span", "Red: missed", ("class", "negative"));
            html.Close();
        }
        if (options.Parts.Contains(AppendixPart.Spc))
            html.Element("li", "SPC (signals, not noise): ↑ better or ↓ better is a real improvement, ↑ worse or ↓ worse a real concern, " +
                "unusual a real change in an indicator with no better direction, common ordinary month-to-month variation; " +
                "assurance: passes or fails the target every month as things run, or hit & miss.");
        if (options.BenchmarkCaption.Length > 0) html.Element("li", $"Benchmarking: {options.BenchmarkCaption}.");
        html.Close();
        html.Close();
    }

    private static void Section(HtmlWriter html, AppendixReport report, AppendixOptions options, string name, IReadOnlyList<DerivedRow> rows, int number)
    {
        var months = report.MonthsShown(options.MonthsShown);
        var parts = options.Parts;
        var heading = $"section-{number}";
        html.Element("h2", name, ("id", heading));
        // The table scrolls in its own region on a narrow screen; the page does not.
        html.Open("div", ("class", "scroll"), ("role", "region"), ("aria-labelledby", $"caption-{number}"), ("tabindex", "0"));
        html.Open("table");
        html.Element("caption", $"{name}: indicators for {report.Month.Label}", ("id", $"caption-{number}"));

        html.Open("thead").Open("tr");
        html.Element("th", "Ref", ("scope", "col"), ("rowspan", "2"));
        html.Element("th", "Indicator", ("scope", "col"), ("rowspan", "2"));
        if (parts.Contains(AppendixPart.Owner)) html.Element("th", "Owner", ("scope", "col"), ("rowspan", "2"));
        if (parts.Contains(AppendixPart.Reporter)) html.Element("th", "Reporter", ("scope", "col"), ("rowspan", "2"));
        if (parts.Contains(AppendixPart.Outcome)) html.Element("th", "Outcome", ("scope", "col"), ("rowspan", "2"));
        if (parts.Contains(AppendixPart.Months)) html.Element("th", "Month", ("scope", "colgroup"), ("colspan", months.Count.ToString()));
        if (parts.Contains(AppendixPart.Trend)) html.Element("th", "Trend", ("scope", "col"), ("rowspan", "2"));
        if (parts.Contains(AppendixPart.Changes)) html.Element("th", "% change from", ("scope", "colgroup"), ("colspan", "2"));
        if (parts.Contains(AppendixPart.Polarity)) html.Element("th", "DoT", ("scope", "col"), ("rowspan", "2"));
        var window = new[] { parts.Contains(AppendixPart.Average), parts.Contains(AppendixPart.Maximum) }.Count(b => b);
        if (window > 0) html.Element("th", "12 months", ("scope", "colgroup"), ("colspan", window.ToString()));
        if (parts.Contains(AppendixPart.Spc)) html.Element("th", "SPC", ("scope", "colgroup"), ("colspan", "2"));
        if (parts.Contains(AppendixPart.Benchmarks)) html.Element("th", "Benchmarking", ("scope", "colgroup"), ("colspan", "3"));
        var years = report.Catalogue.TargetYears;
        if (parts.Contains(AppendixPart.Targets) && years.Count > 0) html.Element("th", "Target", ("scope", "colgroup"), ("colspan", years.Count.ToString()));
        if (parts.Contains(AppendixPart.Commentary)) html.Element("th", $"Commentary ({report.Month.Label})", ("scope", "col"), ("rowspan", "2"));
        html.Close().Open("tr");
        if (parts.Contains(AppendixPart.Months)) foreach (var month in months) html.Element("th", month.Label, ("scope", "col"));
        if (parts.Contains(AppendixPart.Changes)) html.Element("th", "previous month", ("scope", "col")).Element("th", "same month last year", ("scope", "col"));
        if (parts.Contains(AppendixPart.Average)) html.Element("th", "average", ("scope", "col"));
        if (parts.Contains(AppendixPart.Maximum)) html.Element("th", "maximum", ("scope", "col"));
        if (parts.Contains(AppendixPart.Spc)) html.Element("th", "variation", ("scope", "col")).Element("th", "assurance", ("scope", "col"));
        if (parts.Contains(AppendixPart.Benchmarks))
            html.Element("th", "Stat. Neighbour", ("scope", "col")).Element("th", "England", ("scope", "col")).Element("th", "SE region", ("scope", "col"));
        if (parts.Contains(AppendixPart.Targets)) foreach (var year in years) html.Element("th", year.ShortLabel, ("scope", "col"));
        html.Close().Close();

        html.Open("tbody");
        foreach (var row in rows) Row(html, report, options, row, months);
        html.Close();
        html.Close().Close();
    }

    private static void Row(HtmlWriter html, AppendixReport report, AppendixOptions options, DerivedRow row, IReadOnlyList<Month> months)
    {
        var indicator = row.Indicator;
        var parts = options.Parts;
        html.Open("tr");
        html.Element("td", indicator.Ref, ("class", "ref"));
        html.Element("th", indicator.Name, ("scope", "row"));
        if (parts.Contains(AppendixPart.Owner)) html.Element("td", indicator.Owner);
        if (parts.Contains(AppendixPart.Reporter)) html.Element("td", indicator.Reporter);
        if (parts.Contains(AppendixPart.Outcome)) html.Element("td", indicator.Outcome, ("class", "outcome"));
        if (parts.Contains(AppendixPart.Months))
            foreach (var month in months)
                html.Element("td", Figures.Value(report.Values.ValueOf(indicator.Ref, month), indicator), ("class", month == report.Month ? "number current" : "number"));
        if (parts.Contains(AppendixPart.Trend))
        {
            html.Open("td", ("class", "trend"));
            SparklineSvg.Write(html, months.Select(m => (m, report.Values.ValueOf(indicator.Ref, m))).ToList(), indicator,
                parts.Contains(AppendixPart.Spc) ? row.Spc : null);
            html.Close();
        }
        if (parts.Contains(AppendixPart.Changes))
        {
            Movement(html, row.FromPreviousMonth, "on the previous month");
            Movement(html, row.FromPreviousYear, "on the same month last year");
        }
        if (parts.Contains(AppendixPart.Polarity))
        {
            html.Open("td", ("class", "centre"));
            if (indicator.Polarity != Polarity.None)
            {
                html.Open("span", ("aria-hidden", "true")).Text(Figures.Polarity(indicator.Polarity)).Close();
                html.Hidden(indicator.Polarity == Polarity.Up ? "higher is better" : "lower is better");
            }
            html.Close();
        }
        if (parts.Contains(AppendixPart.Average))
        {
            var average = Figures.Statistic(row.Window.Average, indicator);
            var used = row.Window.MonthsUsed;
            html.Element("td", used is > 0 and < DerivationRules.WindowMonths ? $"{average} ({used} months)" : average, ("class", "number"));
        }
        if (parts.Contains(AppendixPart.Maximum)) html.Element("td", Figures.Statistic(row.Window.Maximum, indicator), ("class", "number"));
        if (parts.Contains(AppendixPart.Spc))
        {
            Mark(html, SpcMarks.Variation(row.Spc.Variation), row.Spc.Variation == Core.Spc.SpcVariation.Insufficient ? "too few months" : "");
            Mark(html, SpcMarks.Assurance(row.Spc.Assurance), "");
        }
        if (parts.Contains(AppendixPart.Benchmarks))
            foreach (var figure in new[] { indicator.StatisticalNeighbours, indicator.England, indicator.SouthEastRegion })
                html.Element("td", Figures.Figure(figure, indicator), ("class", "number"));
        if (parts.Contains(AppendixPart.Targets))
            foreach (var year in report.Catalogue.TargetYears)
            {
                var target = Figures.Figure(indicator.Targets.GetValueOrDefault(year), indicator);
                var swatch = year == report.Month.FinancialYear ? Palette.Of(row.Rag) : null;
                if (swatch is null) html.Element("td", target, ("class", "number"));
                else html.Element("td", $"{target} {swatch.Name}", ("class", $"number {Css(row.Rag)}"));
            }
        if (parts.Contains(AppendixPart.Commentary)) html.Element("td", row.Commentary, ("class", "commentary"));
        html.Close();
    }

    private static void Mark(HtmlWriter html, Swatch? swatch, string otherwise)
    {
        if (swatch is null) html.Element("td", otherwise, ("class", "centre"));
        else html.Element("td", SpcMarks.Text(swatch), ("class", $"centre spc-{swatch.Name.Replace(" & ", "-").Replace(' ', '-')}"));
    }

    /// <summary>The exceptions, as in the PDF: what the chair may want to raise, before the full tables.</summary>
    private static void Exceptions(HtmlWriter html, AppendixReport report)
    {
        html.Element("h2", $"Exceptions, {report.Month.Label}", ("id", "exceptions"));
        var groups = Appendix.Exceptions.Of(report.Table.Rows);
        if (groups.Count == 0)
        {
            html.Element("p", $"No exceptions in {report.Month.Label}.");
            return;
        }
        html.Open("ul", ("class", "exceptions"));
        foreach (var (heading, rows) in groups)
        {
            html.Open("li").Element("strong", $"{heading} ({rows.Count}): ");
            html.Text(string.Join("; ", rows.Select(r => $"{r.Indicator.Ref} {r.Indicator.Name} ({Figures.Value(r.Value, r.Indicator)})")));
            html.Close();
        }
        html.Close();
    }

    /// <summary>"↑ 20%" to the eye; "up 20% on the previous month, positive" to a screen reader.</summary>
    private static void Movement(HtmlWriter html, Movement? movement, string against)
    {
        if (movement is null)
        {
            html.Element("td", Figures.NotApplicable, ("class", "centre"));
            return;
        }
        var swatch = Palette.Of(movement.Judgement);
        html.Open("td", ("class", swatch is null ? "centre" : $"centre {movement.Judgement.ToString().ToLowerInvariant()}"));
        html.Open("span", ("aria-hidden", "true")).Text(Figures.Movement(movement) + (swatch is null ? "" : $" {swatch.Mark}")).Close();
        var change = movement.Percent switch { < 0 => "down", > 0 => "up", _ => "unchanged," };
        var arrow = movement.Direction == Direction.Similar ? ", similar" : "";
        var judgement = swatch is null || movement.Direction == Direction.Similar ? "" : $", {swatch.Name.ToLowerInvariant()}";
        html.Hidden($"{change} {Math.Abs(movement.Percent)}% {against}{arrow}{judgement}");
        html.Close();
    }

    /// <summary>RAG uses the judgement colours: green as positive, amber as similar, red as negative.</summary>
    private static string Css(Rag rag) => rag switch { Rag.Green => "positive", Rag.Amber => "similar", _ => "negative" };
}
