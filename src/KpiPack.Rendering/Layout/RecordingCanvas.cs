using KpiPack.Core.Appendix;

namespace KpiPack.Rendering.Layout;

/// <summary>One call made on a <see cref="RecordingCanvas"/>: what was drawn, where, and inside which tags.</summary>
internal sealed record Mark(string Kind, Rect Box, string? Text, IReadOnlyList<Tag> Tags, bool Artifact)
{
    public override string ToString() => $"{Kind} {Box}{(Text is null ? "" : $" '{Text}'")}{(Artifact ? " artifact" : $" in {string.Join("/", Tags)}")}";
}

/// <summary>
/// A canvas that draws nothing and remembers every mark with its box and the tags around it, so that layout tests say
/// "given this space and this content, expect these boxes" without drawing a PDF. Text boxes come from the measurer.
/// </summary>
internal sealed class RecordingCanvas(ITextMeasurer measurer) : ICanvas
{
    private readonly List<Tag> _tags = [];
    private int _artifacts;

    public List<Mark> Marks { get; } = [];

    /// <summary>Every tag opened, in order, with how deep it was opened.</summary>
    public List<(Tag Tag, int Depth)> Opened { get; } = [];

    public IEnumerable<Mark> Texts => Marks.Where(m => m.Kind == "text");

    public void Line(Point from, Point to, Stroke stroke) =>
        Add("line", new Rect(Math.Min(from.X, to.X), Math.Min(from.Y, to.Y), Math.Max(from.X, to.X), Math.Max(from.Y, to.Y)));

    public void Rectangle(Rect rect, Rgb? fill, Stroke? outline = null) => Add(fill is null ? "outline" : "rect", rect);

    public void Path(IReadOnlyList<Point> points, Rgb? fill, Stroke? outline, bool closed = false) =>
        Add("path", new Rect(points.Min(p => p.X), points.Min(p => p.Y), points.Max(p => p.X), points.Max(p => p.Y)));

    public void Ellipse(Rect rect, Rgb? fill, Stroke? outline = null) => Add("ellipse", rect);

    public void Text(string text, float x, float baseline, TextFont font, Rgb ink)
    {
        var top = baseline - measurer.Ascent(font);
        Add("text", new Rect(x, top, x + measurer.Width(text, font), top + font.Size), text);
    }

    public void Save() { }
    public void Restore() { }
    public void Clip(Rect rect) { }

    public void BeginTag(Tag tag)
    {
        Opened.Add((tag, _tags.Count));
        _tags.Add(tag);
    }

    public void EndTag() => _tags.RemoveAt(_tags.Count - 1);

    public void BeginArtifact() => _artifacts++;

    public void EndArtifact() => _artifacts--;

    private void Add(string kind, Rect box, string? text = null) => Marks.Add(new Mark(kind, box, text, [.. _tags], _artifacts > 0));
}
