using KpiPack.Core.Appendix;

namespace KpiPack.Rendering.Layout;

/// <summary>The shipped font in one weight and size.</summary>
internal readonly record struct TextFont(bool Bold, float Size);

/// <summary>How a line is drawn: its colour, width, and dashes (on, off, on, off... in points), round-capped or not.</summary>
internal sealed record Stroke(Rgb Colour, float Width, IReadOnlyList<float>? Dashes = null, bool RoundCap = false)
{
    public override string ToString() => $"{Colour} {Width}pt{(Dashes is null ? "" : " dashed " + string.Join(",", Dashes))}";
}

/// <summary>
/// What a piece of content is to a reader of the structure (a screen reader, a PDF's tags): PDF/UA's standard
/// structure types, the ones the appendix needs. A canvas that cannot tag ignores them.
/// </summary>
internal enum TagKind { H1, H2, H3, P, Table, THead, TBody, TR, TH, TD, Figure }

/// <summary>Whether a header cell heads its column or its row.</summary>
internal enum HeaderScope { Column, Row }

/// <summary>
/// A structure element: its type, and for a figure its alternative text and box (in page points), for a header cell
/// its scope, for a cell the columns it spans. <see cref="Outline"/> names an entry of the document's bookmarks.
/// </summary>
internal sealed record Tag(TagKind Kind)
{
    public string? Alt { get; init; }
    public Rect? Box { get; init; }
    public HeaderScope? Scope { get; init; }
    public int ColumnSpan { get; init; } = 1;
    public string? Outline { get; init; }

    public override string ToString() => $"{Kind}{(Scope is { } s ? $"[{s}]" : "")}{(ColumnSpan > 1 ? $"[span {ColumnSpan}]" : "")}{(Alt is null ? "" : $"[alt {Alt}]")}";
}

/// <summary>
/// Where layout draws: KpiPack's own drawing surface, as QuestPDF's elements draw on its <c>IDrawingCanvas</c>. The PDF
/// backend, a recording canvas for the layout tests, or any other draws what these calls say. Coordinates are points
/// from the top left of the page. Every mark is either inside a tag (content a reader is told about) or inside an
/// artifact (furniture: rules, fills, repeated headers), so that a tagged PDF has no untagged content.
/// </summary>
internal interface ICanvas
{
    void Line(Point from, Point to, Stroke stroke);

    void Rectangle(Rect rect, Rgb? fill, Stroke? outline = null);

    /// <summary>A polyline through <paramref name="points"/>, closed and filled when <paramref name="fill"/> is given.</summary>
    void Path(IReadOnlyList<Point> points, Rgb? fill, Stroke? outline, bool closed = false);

    void Ellipse(Rect rect, Rgb? fill, Stroke? outline = null);

    /// <summary>Text in one font and colour, starting at <paramref name="x"/> on the baseline <paramref name="baseline"/>.</summary>
    void Text(string text, float x, float baseline, TextFont font, Rgb ink);

    void Save();

    void Restore();

    /// <summary>Until the matching <see cref="Restore"/>, nothing is drawn outside <paramref name="rect"/>.</summary>
    void Clip(Rect rect);

    void BeginTag(Tag tag);

    void EndTag();

    void BeginArtifact();

    void EndArtifact();
}

/// <summary>How wide text is in the shipped fonts, and where its baseline sits.</summary>
internal interface ITextMeasurer
{
    float Width(string text, TextFont font);

    /// <summary>The font's ascent (above the baseline), in points at the font's size.</summary>
    float Ascent(TextFont font);
}

internal static class CanvasScopes
{
    /// <summary>Draws <paramref name="draw"/> inside a tag.</summary>
    public static void Tagged(this ICanvas canvas, Tag tag, Action draw)
    {
        canvas.BeginTag(tag);
        draw();
        canvas.EndTag();
    }

    /// <summary>Draws <paramref name="draw"/> as an artifact: furniture a reader is not told about.</summary>
    public static void Artifact(this ICanvas canvas, Action draw)
    {
        canvas.BeginArtifact();
        draw();
        canvas.EndArtifact();
    }
}
