using KpiPack.Core.Appendix;

namespace KpiPack.Rendering.Html;

/// <summary>
/// The edition's style sheet, inline so the file stands alone. Every colour comes from the palette the PDF uses, so
/// the two editions cannot drift; each pair passes AA (the palette tests). The scroll region is positioned so the
/// visually hidden text inside the table cannot widen the page at 320 px.
/// </summary>
internal static class Style
{
    public static readonly string Css = $$$"""
        body{font-family:system-ui,-apple-system,"Segoe UI",Arial,sans-serif;color:{{{Palette.Text.Hex}}};background:#fff;margin:0 1rem 2rem;line-height:1.4}
        .skip{position:absolute;left:-999px;top:0;background:{{{Palette.HeaderFill.Hex}}};color:{{{Palette.HeaderInk.Hex}}};padding:.5rem}
        .skip:focus{left:1rem}
        header{display:flex;flex-wrap:wrap;align-items:baseline;gap:0 1.5rem}
        h1{color:{{{Palette.HeaderFill.Hex}}};margin:.8rem 0 0;font-size:1.6rem}
        h2{color:{{{Palette.HeaderFill.Hex}}};font-size:1.2rem;margin:1.5rem 0 .5rem}
        .month{margin:0;font-size:1.1rem}
        .stamp{order:3;margin:.5rem 0 0 auto;border:1px solid {{{Palette.Text.Hex}}};padding:.2rem .6rem;font-weight:bold}
        .keys ul{padding-left:1.2rem}
        .keys span{padding:0 .3rem;margin-right:.3rem}
        .scroll{overflow-x:auto;max-width:100%;border:1px solid {{{Palette.Grid.Hex}}};position:relative;margin-bottom:1rem}
        .scroll:focus{outline:3px solid {{{Palette.HeaderFill.Hex}}}}
        table{border-collapse:collapse;font-size:.8rem}
        caption{text-align:left;font-weight:bold;padding:.4rem}
        th,td{border:1px solid {{{Palette.Grid.Hex}}};padding:.2rem .35rem;vertical-align:top}
        thead th{background:{{{Palette.HeaderFill.Hex}}};color:{{{Palette.HeaderInk.Hex}}};font-weight:normal}
        tbody th{text-align:left;font-weight:normal;min-width:12rem}
        .ref{font-weight:bold;white-space:nowrap}
        .outcome{color:{{{Palette.Muted.Hex}}};min-width:12rem}
        .commentary{min-width:20rem}
        .number{text-align:right;white-space:nowrap}
        .current{background:{{{Palette.ReportMonthFill.Hex}}};font-weight:bold}
        .centre{text-align:center;white-space:nowrap}
        {{{Swatches()}}}
        .visually-hidden{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
        @media print{.skip{display:none}.scroll{overflow:visible;border:0}table{font-size:7pt}}
        """;

    /// <summary>One rule per swatch class: judgements (which RAG shares) and the SPC marks.</summary>
    private static string Swatches() =>
        string.Concat(Palette.All.DistinctBy(s => s.StyleClass).Select(s => "." + s.StyleClass + "{background:" + s.Fill.Hex + ";color:" + s.Ink.Hex + "}"));
}
