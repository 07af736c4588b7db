namespace KpiPack.Rendering.Html;

/// <summary>
/// The edition's style sheet, inline so the file stands alone. Colours are the PDF's, each pair AA. The scroll
/// region is positioned so the visually hidden text inside the table cannot widen the page at 320 px.
/// </summary>
internal static class Style
{
    public const string Css = """
        body{font-family:system-ui,-apple-system,"Segoe UI",Arial,sans-serif;color:#1a1a1a;background:#fff;margin:0 1rem 2rem;line-height:1.4}
        .skip{position:absolute;left:-999px;top:0;background:#1f3a5f;color:#fff;padding:.5rem}
        .skip:focus{left:1rem}
        header{display:flex;flex-wrap:wrap;align-items:baseline;gap:0 1.5rem}
        h1{color:#1f3a5f;margin:.8rem 0 0;font-size:1.6rem}
        h2{color:#1f3a5f;font-size:1.2rem;margin:1.5rem 0 .5rem}
        .month{margin:0;font-size:1.1rem}
        .stamp{order:3;margin:.5rem 0 0 auto;border:1px solid #1a1a1a;padding:.2rem .6rem;font-weight:bold}
        .keys ul{padding-left:1.2rem}
        .keys span{padding:0 .3rem;margin-right:.3rem}
        .scroll{overflow-x:auto;max-width:100%;border:1px solid #999;position:relative}
        .scroll:focus{outline:3px solid #1f3a5f}
        table{border-collapse:collapse;font-size:.8rem}
        caption{text-align:left;font-weight:bold;padding:.4rem}
        th,td{border:1px solid #999;padding:.2rem .35rem;vertical-align:top}
        thead th{background:#1f3a5f;color:#fff;font-weight:normal}
        tbody th{text-align:left;font-weight:normal;min-width:12rem}
        .ref{font-weight:bold;white-space:nowrap}
        .outcome{color:#4d4d4d;min-width:12rem}
        .commentary{min-width:20rem}
        .number{text-align:right;white-space:nowrap}
        .current{background:#eef2f8;font-weight:bold}
        .centre{text-align:center;white-space:nowrap}
        .positive{background:#c6efce;color:#006100}
        .similar{background:#ffeb9c;color:#804800}
        .negative{background:#ffc7ce;color:#9c0006}
        .spc-better{background:#dbe9f7;color:#0b4f8a}.spc-passes{background:#dbe9f7;color:#0b4f8a}
        .spc-worse{background:#fde3c8;color:#8a4500}.spc-fails{background:#fde3c8;color:#8a4500}
        .spc-unusual{background:#eadff5;color:#4b2a75}
        .spc-common{background:#e8e8e8;color:#333}.spc-hit-miss{background:#e8e8e8;color:#333}
        .exceptions li{margin-bottom:.4rem}
        .visually-hidden{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
        @media print{.skip{display:none}.scroll{overflow:visible;border:0}table{font-size:7pt}}
        """;
}
