using KpiPack.Core.Appendix;
using KpiPack.Rendering.Layout;
using SkiaSharp;

namespace KpiPack.Rendering.Pdf;

/// <summary>What every page carries, and the keys on the first.</summary>
internal sealed partial class AppendixDocument
{
    private const float KeyLabelWidth = 110;
    private const float KeySwatchWidth = 66;

    private IElement PageHeader(int page, int pages)
    {
        var title = new Stack(
        [
            Text(_appendix.Title, new TextStyle(13, Bold: true, Color: Palette.HeaderFill.ToSkia())),
            Text(_appendix.Subtitle, new TextStyle(10, Color: Palette.Text.ToSkia())),
        ], Gap: 2);
        var stamp = new Box(Text(string.Join('\n', _appendix.Stamp), new TextStyle(9, Bold: true, Align: TextAlign.Center)), Padding: 4, Outline: SKColors.Black);
        return new Columns([new Column(title), new Column(stamp, Width: 96)], Gap: 8);
    }

    private IElement PageFooter(int page, int pages) => new Columns(
    [
        new Column(Text(_appendix.DocumentTitle, new TextStyle(6.5f, Color: Palette.Muted.ToSkia()))),
        new Column(Text($"Page {page} of {pages}", new TextStyle(8, Color: Palette.Text.ToSkia(), Align: TextAlign.Right)), Width: 90),
    ]);

    /// <summary>The keys two to a line: the label, then its words or its swatches.</summary>
    private IElement? Keys()
    {
        var lines = _appendix.Keys.Chunk(2)
            .Select(pair => (IElement)new Columns(pair.Select(key => new Column(Key(key))).ToList(), Gap: 12))
            .ToList();
        return lines.Count == 0 ? null : new Stack(lines, Gap: 3);
    }

    private Columns Key(AppendixKey key)
    {
        var style = new TextStyle(7, Color: Palette.Text.ToSkia());
        var columns = new List<Column> { new(Text(key.Label, style.WithBold()), KeyLabelWidth) };
        if (key.Items.All(i => i.Swatch is null && i.Icon is null))
            columns.Add(new Column(Text(key.ItemsText, style)));
        else
        {
            columns.AddRange(key.Items.Select(item => new Column(item.Icon is { } icon ? _icons.WithWords(icon, 10, style, item.Text)
                : item.Swatch is { } swatch
                ? new Box(Text(item.Text, style.WithColor(swatch.Ink.ToSkia()).WithAlign(TextAlign.Center)), Padding: 1.5f, Background: swatch.Fill.ToSkia())
                : Text(item.Text, style), KeySwatchWidth)));
            columns.Add(new Column(new Stack([])));
        }
        return new Columns(columns, Gap: 4);
    }
}
