using KpiPack.Core.Appendix;

namespace KpiPack.Rendering.Html;

/// <summary>
/// The edition's style sheet, inline so the file stands alone. Every colour comes from the palette the PDF uses, so
/// the two editions cannot drift; each pair passes AA (the palette tests). The scroll region is positioned so the
/// visually hidden text inside the table cannot widen the page at 320 px.
/// </summary>
internal static class Style
{
    /// <summary>
    /// The indicators' table (issue 20). The region scrolls both ways within the window's height, so the header can
    /// stick to its top and Ref and Indicator to its left: a row's figures keep their name however far it is
    /// scrolled. Borders are drawn per cell (separate, not collapsed) because collapsed borders stay behind when a
    /// sticky cell moves; sticky cells get a background so nothing scrolls through them. Ref has a fixed width so
    /// Indicator knows where to stick; Indicator sticks only where there is room, so on a phone the figures get the
    /// width. A row an exception links to stops below the sticky header, not under it, and is outlined.
    /// </summary>
    private static readonly string Grid = $$$"""
        .indicators{max-height:calc(100vh - 1rem);overflow:auto}
        .grid{border-collapse:separate;border-spacing:0}
        .grid th,.grid td{border-width:0 1px 1px 0}
        .grid tr>:first-child{border-left-width:1px}
        .grid thead{position:sticky;top:0;z-index:3}
        .grid thead tr:first-child th{border-top-width:1px}
        .grid .ref{position:sticky;left:0;z-index:1;background:#fff;box-sizing:border-box;width:7rem;min-width:7rem;max-width:7rem;white-space:normal;overflow-wrap:anywhere}
        .grid tbody th{background:#fff}
        .grid thead .ref,.grid thead .name{z-index:4;background:{{{Palette.HeaderFill.Hex}}}}
        .grid .section th{text-align:left;font-weight:bold;background:{{{Palette.ReportMonthFill.Hex}}}}
        .section span,.grid caption span{position:sticky;left:.35rem}
        .grid thead th[scope=colgroup] span{position:sticky;left:7.35rem}
        .commentary-label{font-style:italic}
        .grid tbody tr{scroll-margin-top:9rem}
        .grid tr:target>*{box-shadow:inset 0 3px {{{Palette.HeaderFill.Hex}}},inset 0 -3px {{{Palette.HeaderFill.Hex}}}}
        .commentary-text{max-width:48rem}
        @media (max-width:30rem){.grid .ref{width:6.5rem;min-width:6.5rem;max-width:6.5rem}.grid thead th[scope=colgroup] span{left:6.85rem}}
        @media (min-width:48rem){
        .grid .name{position:sticky;left:7rem;z-index:1;box-sizing:border-box;width:16rem;min-width:16rem;max-width:16rem}
        .grid .commentary-label{position:sticky;left:0;z-index:1}
        .grid thead th[scope=colgroup] span{left:23.35rem}
        .commentary-text{position:sticky;left:23.5rem;max-width:min(64rem,calc(100vw - 27rem))}
        }
        """;

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
        .keys span{padding:0 .3rem;margin-right:.3rem;white-space:nowrap}
        .key-link{margin:.5rem 0;font-size:.9rem}
        .scroll{overflow-x:auto;max-width:100%;border:1px solid {{{Palette.Grid.Hex}}};position:relative;margin-bottom:1rem}
        .scroll:focus{outline:3px solid {{{Palette.HeaderFill.Hex}}}}
        table{border-collapse:collapse;font-size:.8rem}
        caption{text-align:left;font-weight:bold;padding:.4rem}
        th,td{border:1px solid {{{Palette.Grid.Hex}}};padding:.2rem .35rem;vertical-align:top}
        thead th{background:{{{Palette.HeaderFill.Hex}}};color:{{{Palette.HeaderInk.Hex}}};font-weight:normal}
        tbody th{text-align:left;font-weight:normal;min-width:12rem}
        .ref{font-weight:bold;white-space:nowrap}
        .outcome{color:{{{Palette.Muted.Hex}}};min-width:20rem}
        .commentary{min-width:20rem}
        .number{text-align:right;white-space:nowrap}
        .current{background:{{{Palette.ReportMonthFill.Hex}}};font-weight:bold}
        .strong{font-weight:bold}
        .muted{color:{{{Palette.Muted.Hex}}}}
        .centre{text-align:center;white-space:nowrap}
        {{{Swatches()}}}
        .charts{display:grid;grid-template-columns:repeat(auto-fill,minmax(min(100%,30rem),1fr));gap:1rem;margin-bottom:1.5rem}
        .chart{margin:0;border:1px solid {{{Palette.Grid.Hex}}};padding:.5rem}
        .chart h3{font-size:.95rem;margin:0 0 .3rem;color:{{{Palette.HeaderFill.Hex}}}}
        .chart-body{display:flex;flex-wrap:wrap;gap:.5rem;align-items:flex-start}
        .chart-plot{flex:1 1 18rem;min-width:0;width:100%;height:auto}
        .chart-icons{flex:0 0 6.5rem;font-size:.85rem;display:flex;flex-direction:column;gap:0 1rem}
        @media (max-width:30rem){.chart-icons{flex:1 1 100%;flex-direction:row}}
        .chart-icons p{margin:0 0 .5rem}
        .chart figcaption{font-size:.9rem;margin-top:.3rem}
        .legend{display:flex;flex-wrap:wrap;gap:.2rem 1.2rem;padding:0;list-style:none;font-size:.9rem}
        .icon{vertical-align:middle;margin-right:.25rem}
        .visually-hidden{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
        {{{Grid}}}
        @media (max-width:30rem){body{margin:0 .5rem 2rem}tbody th{box-sizing:border-box;width:7.5rem;min-width:7.5rem;max-width:7.5rem}}
        @media print{.chart{break-inside:avoid}.charts{grid-template-columns:repeat(2,1fr)}}
        @media print{main{display:flex;flex-direction:column}.keys{order:-1}.key-link{display:none}}
        @media print{.skip{display:none}.scroll{overflow:visible;border:0}table{font-size:7pt}}
        @media print{@page{size:A4 landscape;margin:1cm}.indicators{max-height:none}.grid thead,.grid .ref,.grid .name,.grid .commentary-label,.section span,.grid caption span,.grid thead span,.commentary-text{position:static}.grid tr{break-inside:avoid}.grid .ref,.grid .name{width:auto;min-width:0;max-width:none}.grid .ref{white-space:nowrap;overflow-wrap:normal}.grid .name{min-width:7rem}.grid .outcome{min-width:6rem}.grid{font-size:6.5pt}.commentary-text{max-width:none}}
        """;

    /// <summary>One rule per swatch class: judgements (which RAG shares) and the SPC marks.</summary>
    private static string Swatches() =>
        string.Concat(Palette.All.DistinctBy(s => s.StyleClass).Select(s => "." + s.StyleClass + "{background:" + s.Fill.Hex + ";color:" + s.Ink.Hex + "}"));
}
