using KpiPack.Core.Appendix;
using KpiPack.Rendering.Fonts;
using KpiPack.Rendering.Layout;
using PdfSharp.Drawing;
using PdfSharp.Pdf;
using PdfSharp.Pdf.Structure;
using PdfSharp.UniversalAccessibility;

namespace KpiPack.Rendering.Pdf;

/// <summary>
/// The layout's canvas drawn with PDFsharp onto one page at a time, every mark tagged (PDFsharp's UAManager) or an
/// artifact. PDFsharp opens a tag's marked content lazily, in whatever text or graphics state the page is in, so this
/// keeps each marked-content sequence to one state: a text run opens one inside a text object (BT), a shape one
/// outside, and a change of state ends the sequence first. Otherwise a sequence would cross a BT/ET pair, which PDF/UA
/// forbids. An artifact opens and closes outside a text object, so whatever it holds is balanced inside it.
/// </summary>
internal sealed class PdfCanvas(UAManager ua, FontSet fonts, float pageHeight, float scale) : ICanvas
{
    private enum Mode { None, Text, Graphics }

    private readonly StructureBuilder _structure = ua.StructureBuilder;
    private readonly Dictionary<Rgb, XBrush> _brushes = [];
    private readonly Stack<bool> _tags = new(); // per open tag: whether it was opened (tags inside an artifact are not)
    private int _artifacts;
    private Mode _open = Mode.None;

    /// <summary>Entries for the document's outline: a title and the page position it points at, in reading order.</summary>
    public List<(string Title, PdfPage Page, float Top)> Outline { get; } = [];

    public XGraphics Graphics { get; set; } = null!;
    public PdfPage Page { get; set; } = null!;

    public void Line(Point from, Point to, Stroke stroke)
    {
        BeforeGraphics();
        Graphics.DrawLine(Pen(stroke), from.X, from.Y, to.X, to.Y);
    }

    public void Rectangle(Rect rect, Rgb? fill, Stroke? outline = null)
    {
        if (fill is null && outline is null) return;
        BeforeGraphics();
        var r = new XRect(rect.Left, rect.Top, rect.Width, rect.Height);
        if (fill is { } f && outline is { } o) Graphics.DrawRectangle(Pen(o), Brush(f), r);
        else if (fill is { } only) Graphics.DrawRectangle(Brush(only), r);
        else Graphics.DrawRectangle(Pen(outline!), r);
    }

    public void Path(IReadOnlyList<Point> points, Rgb? fill, Stroke? outline, bool closed = false)
    {
        if (points.Count < 2) return;
        BeforeGraphics();
        var xs = points.Select(p => new XPoint(p.X, p.Y)).ToArray();
        if (fill is { } f) Graphics.DrawPolygon(outline is null ? null : Pen(outline), Brush(f), xs, XFillMode.Winding);
        else if (closed) Graphics.DrawPolygon(Pen(outline!), xs);
        else Graphics.DrawLines(Pen(outline!), xs);
    }

    public void Ellipse(Rect rect, Rgb? fill, Stroke? outline = null)
    {
        BeforeGraphics();
        var r = new XRect(rect.Left, rect.Top, rect.Width, rect.Height);
        if (fill is { } f && outline is { } o) Graphics.DrawEllipse(Pen(o), Brush(f), r);
        else if (fill is { } only) Graphics.DrawEllipse(Brush(only), r);
        else Graphics.DrawEllipse(Pen(outline!), r);
    }

    public void Text(string text, float x, float baseline, TextFont font, Rgb ink)
    {
        if (text.Length == 0) return;
        if (_artifacts == 0 && _open != Mode.Text)
        {
            _structure.EndMarkedContentsWithId();
            ua.BeginTextMode();
            _open = Mode.Text;
        }
        Graphics.DrawString(text, fonts.Font(font), Brush(ink), x, baseline, XStringFormats.BaseLineLeft);
    }

    public void Save()
    {
        EndSequence();
        Graphics.Save();
    }

    public void Restore()
    {
        EndSequence();
        Graphics.Restore();
    }

    public void Clip(Rect rect)
    {
        EndSequence();
        Graphics.IntersectClip(new XRect(rect.Left, rect.Top, rect.Width, rect.Height));
    }

    /// <summary>
    /// PDFsharp sets up a page's coordinates (q ... cm) at its first mark, in whatever state it is in: done here first,
    /// inside an artifact, so that it does not end a text object inside the page's first tag.
    /// </summary>
    public void StartPage()
    {
        _open = Mode.None;
        BeginArtifact();
        Graphics.DrawRectangle(Brush(Rgb.White), 0, 0, 0, 0);
        EndArtifact();
    }

    public void BeginTag(Tag tag)
    {
        if (_artifacts > 0)
        {
            _tags.Push(false);
            return;
        }
        EndSequence();
        if (tag.Outline is { } title) Outline.Add((title, Page, 0));
        switch (tag.Kind)
        {
            case TagKind.Figure:
                var box = tag.Box ?? throw new ArgumentException("a figure needs its box", nameof(tag));
                // The box in the PDF's own coordinates: from the bottom of the page, and scaled as the page is.
                _structure.BeginElement(PdfIllustrationElementTag.Figure, tag.Alt ?? "",
                    new XRect(box.Left * scale, (pageHeight - box.Bottom) * scale, box.Width * scale, box.Height * scale));
                break;
            default:
                _structure.BeginElement(BlockTag(tag.Kind));
                break;
        }
        if (tag.Scope is { } scope)
            _structure.CurrentStructureElement.TableAttributes.Elements.SetName("/Scope",
                scope == HeaderScope.Column ? "/Column" : "/Row");
        if (tag.ColumnSpan > 1) _structure.SetColSpan(tag.ColumnSpan);
        _tags.Push(true);
    }

    public void EndTag()
    {
        if (!_tags.Pop()) return;
        EndSequence();
        _structure.End();
    }

    public void BeginArtifact()
    {
        if (_artifacts == 0)
        {
            EndSequence();
            _structure.BeginArtifact();
        }
        _artifacts++;
    }

    public void EndArtifact()
    {
        if (--_artifacts > 0) return;
        // Any text object the artifact opened closes inside it.
        ua.BeginGraphicMode();
        _structure.End();
    }

    /// <summary>Ends the open marked-content sequence, and the text object it may be in, so the next starts afresh.</summary>
    private void EndSequence()
    {
        if (_artifacts > 0) return;
        _structure.EndMarkedContentsWithId();
        ua.BeginGraphicMode();
        _open = Mode.None;
    }

    private void BeforeGraphics()
    {
        if (_artifacts > 0 || _open == Mode.Graphics) return;
        EndSequence();
        _open = Mode.Graphics;
    }

#pragma warning disable CS0618 // the short tag names are marked obsolete in favour of the long ones, which map to the same
    private static PdfBlockLevelElementTag BlockTag(TagKind kind) => kind switch
    {
        TagKind.H1 => PdfBlockLevelElementTag.Heading1,
        TagKind.H2 => PdfBlockLevelElementTag.Heading2,
        TagKind.H3 => PdfBlockLevelElementTag.Heading3,
        TagKind.P => PdfBlockLevelElementTag.Paragraph,
        TagKind.Table => PdfBlockLevelElementTag.Table,
        TagKind.THead => PdfBlockLevelElementTag.TableHeadRowGroup,
        TagKind.TBody => PdfBlockLevelElementTag.TableBodyRowGroup,
        TagKind.TR => PdfBlockLevelElementTag.TableRow,
        TagKind.TH => PdfBlockLevelElementTag.TableHeaderCell,
        TagKind.TD => PdfBlockLevelElementTag.TableDataCell,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "not a block-level tag"),
    };
#pragma warning restore CS0618

    private XBrush Brush(Rgb colour)
    {
        if (!_brushes.TryGetValue(colour, out var brush))
            _brushes[colour] = brush = new XSolidBrush(XColor.FromArgb(colour.Red, colour.Green, colour.Blue));
        return brush;
    }

    private static XPen Pen(Stroke stroke)
    {
        var pen = new XPen(XColor.FromArgb(stroke.Colour.Red, stroke.Colour.Green, stroke.Colour.Blue), stroke.Width);
        if (stroke.RoundCap) pen.LineCap = XLineCap.Round;
        if (stroke.Dashes is { Count: > 0 } dashes)
        {
            pen.DashStyle = XDashStyle.Custom;
            // PDFsharp's dash pattern is in multiples of the line's width.
            pen.DashPattern = dashes.Select(d => (double)d / stroke.Width).ToArray();
        }
        return pen;
    }
}
