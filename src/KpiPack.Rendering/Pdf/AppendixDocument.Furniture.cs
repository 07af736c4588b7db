using KpiPack.Core.Appendix;
using KpiPack.Rendering.Layout;

namespace KpiPack.Rendering.Pdf;

/// <summary>What every page carries, and the keys on the first.</summary>
internal sealed partial class AppendixDocument
{
    private const float KeyLabelWidth = 110;
    private const float KeySwatchWidth = 66;

    // The page header is as tall on every page and comes off the table's room: two lines of title are the most the
    // council's appendices ever took; a longer title, agenda item or caption is shortened, with a warning, not drawn
    // over the table or off the page.
    private const int TitleLines = 2;
    private const int StampLines = 2;
    private const int CaptionLines = 3;

    private readonly List<(HeaderText Setting, TextBlock Block)> _capped = [];

    /// <summary>The settings printed shortened (after the document was drawn: a block is only cut at the width it is drawn).</summary>
    public IReadOnlyList<HeaderText> Shortened => _capped.Where(c => c.Block.Shortened).Select(c => c.Setting).Distinct().ToList();

    private TextBlock Capped(HeaderText setting, string text, TextStyle style, int lines)
    {
        var block = Text(text, style.WithMaxLines(lines));
        _capped.Add((setting, block));
        return block;
    }

    /// <summary>
    /// The title and month, said once as the document's heading on the first page; on the others, and the clerk's stamp
    /// on every page, furniture a reader is not told again.
    /// </summary>
    private IElement PageHeader(int page, int pages)
    {
        var (title, subtitle, stamp) = _headerParts ??= MakePageHeader();
        return page == 1
            ? new Columns([new Column(new Stack([new Tagged(title, new Tag(TagKind.H1)), new Tagged(subtitle, new Tag(TagKind.P))], Gap: 2)), new Column(new Furniture(stamp), Width: 96)], Gap: 8)
            : new Furniture(new Columns([new Column(new Stack([title, subtitle], Gap: 2)), new Column(stamp, Width: 96)], Gap: 8));
    }
    private (IElement Title, IElement Subtitle, IElement Stamp)? _headerParts;

    private (IElement, IElement, IElement) MakePageHeader()
    {
        var title = Capped(HeaderText.Title, _appendix.Title, new TextStyle(13, Bold: true, Color: Palette.HeaderFill), TitleLines);
        var subtitle = Text(_appendix.Subtitle, new TextStyle(10, Color: Palette.Text));
        var stampStyle = new TextStyle(9, Bold: true, Align: TextAlign.Center);
        var stampLines = new List<IElement>();
        if (_appendix.AgendaItem is not null) stampLines.Add(Capped(HeaderText.AgendaItem, _appendix.Stamp[0], stampStyle, StampLines));
        stampLines.Add(Capped(HeaderText.AppendixNumber, _appendix.Stamp[^1], stampStyle, StampLines));
        var stamp = new Box(new Stack(stampLines), Padding: 4, Outline: Rgb.Black);
        return (title, subtitle, stamp);
    }

    private IElement PageFooter(int page, int pages) => new Furniture(new Columns(
    [
        new Column(_footerTitle ??= Capped(HeaderText.Title, _appendix.DocumentTitle, new TextStyle(6.5f, Color: Palette.Muted), 1)),
        new Column(Text($"Page {page} of {pages}", new TextStyle(8, Color: Palette.Text, Align: TextAlign.Right)), Width: 90),
    ]));
    private TextBlock? _footerTitle;

    /// <summary>The keys two to a line: the label, then its words or its swatches.</summary>
    private IElement? Keys()
    {
        var lines = _appendix.Keys.Chunk(2)
            .Select(pair => (IElement)new Columns(pair.Select(key => new Column(new Tagged(Key(key), new Tag(TagKind.P)))).ToList(), Gap: 12))
            .ToList();
        return lines.Count == 0 ? null : new Stack(lines, Gap: 3);
    }

    private Columns Key(AppendixKey key)
    {
        var style = new TextStyle(7, Color: Palette.Text);
        var columns = new List<Column> { new(Text(key.Label, style.WithBold() with { SpaceAfter = true }), KeyLabelWidth) };
        if (key.Label == AppendixKey.BenchmarkLabel)
            columns.Add(new Column(Capped(HeaderText.BenchmarkCaption, key.ItemsText, style, CaptionLines)));
        else if (key.Items.All(i => i.Swatch is null && i.Icon is null))
            columns.Add(new Column(Text(key.ItemsText, style)));
        else
        {
            columns.AddRange(key.Items.Select(item => new Column(item.Icon is { } icon ? _icons.WithWords(icon, 10, style, item.Text)
                : item.Swatch is { } swatch
                ? new Box(Text(item.Text, style.WithColor(swatch.Ink).WithAlign(TextAlign.Center)), Padding: 1.5f, Background: swatch.Fill)
                : Text(item.Text, style), KeySwatchWidth)));
            columns.Add(new Column(new Stack([])));
        }
        return new Columns(columns, Gap: 4);
    }
}
