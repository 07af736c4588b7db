using KpiPack.Core.Packs;
using KpiPack.Rendering.Layout;
using SkiaSharp;

namespace KpiPack.Rendering.Appendix;

/// <summary>What every page carries, and the keys on the first.</summary>
public sealed partial class AppendixDocument
{
    private IElement PageHeader(int page, int pages)
    {
        var title = new Stack(
        [
            Text(_options.Service, new TextStyle(13, Bold: true, Color: Palette.HeaderFill)),
            Text($"{_report.Month.Label} Monthly dataset", new TextStyle(10, Color: Palette.Text)),
        ], Gap: 2);
        var stamp = _options.Stamp is { } words
            ? new Box(Text(words, new TextStyle(9, Bold: true, Align: TextAlign.Center)), Padding: 4, Outline: SKColors.Black)
            : (IElement)new Stack([]);
        return new Columns([new Column(title), new Column(stamp, Width: 96)], Gap: 8);
    }

    private IElement PageFooter(int page, int pages) => new Columns(
    [
        new Column(Text(Title, new TextStyle(6.5f, Color: Palette.Muted))),
        new Column(Text($"Page {page} of {pages}", new TextStyle(8, Color: Palette.Text, Align: TextAlign.Right)), Width: 90),
    ]);

    private IElement? Keys()
    {
        var keyStyle = new TextStyle(7, Color: Palette.Text);
        var label = keyStyle.WithBold();
        IElement Swatch(Swatch swatch, string words) =>
            new Box(Text($"{swatch.Mark} {words}", keyStyle.WithColor(swatch.Ink).WithAlign(TextAlign.Center)), Padding: 1.5f, Background: swatch.Fill);

        // Each key is shown only when the table has what it explains.
        var parts = _options.Parts;
        var travel = new List<Column>
        {
            new(Text("Key to direction of travel:", label), 120),
            new(Text("Increase 10% or more ↑   /   Similar →   /   Decrease 10% or more ↓", keyStyle), 260),
        };
        if (parts.Contains(AppendixPart.Polarity))
            travel.AddRange([new(Text("DoT:", label), 24), new(Text("▲ higher is better   /   ▼ lower is better", keyStyle))]);
        var colours = new List<Column>
        {
            new(Text("Qualitative measures:", label), 120),
            new(Swatch(Palette.Positive, "Positive"), 60),
            new(Swatch(Palette.Similar, "Similar"), 60),
            new(Swatch(Palette.Negative, "Negative"), 60),
        };
        if (parts.Contains(AppendixPart.Targets))
            colours.AddRange([
                new(Text("Target (this financial year):", label), 110),
                new(Swatch(Palette.Green, "met"), 60),
                new(Swatch(Palette.Amber, "within 5%"), 60),
                new(Swatch(Palette.Red, "missed"), 60),
            ]);
        colours.Add(new Column(new Stack([])));

        var lines = new List<IElement>();
        if (parts.Contains(AppendixPart.Changes))
        {
            lines.Add(new Columns(travel));
            lines.Add(new Columns(colours, Gap: 4));
        }
        if (parts.Contains(AppendixPart.Spc))
        {
            var spc = new List<Column> { new(Text("SPC (signals, not noise):", label), 120) };
            spc.AddRange(new[] { Core.Spc.SpcVariation.ImprovementHigh, Core.Spc.SpcVariation.ConcernHigh, Core.Spc.SpcVariation.NeutralHigh, Core.Spc.SpcVariation.Common }
                .Select(v => SpcMarks.Variation(v)!)
                .Select(s => new Column(new Box(Text(SpcMarks.Text(s), keyStyle.WithColor(s.Ink).WithAlign(TextAlign.Center)), Padding: 1.5f, Background: s.Fill), 60)));
            spc.Add(new Column(Text("Assurance:", label), 50));
            spc.AddRange(new[] { Core.Spc.SpcAssurance.Pass, Core.Spc.SpcAssurance.Fail, Core.Spc.SpcAssurance.HitAndMiss }
                .Select(a => SpcMarks.Assurance(a)!)
                .Select(s => new Column(new Box(Text(SpcMarks.Text(s), keyStyle.WithColor(s.Ink).WithAlign(TextAlign.Center)), Padding: 1.5f, Background: s.Fill), 60)));
            spc.Add(new Column(new Stack([])));
            lines.Add(new Columns(spc, Gap: 4));
        }
        if (_options.BenchmarkCaption.Length > 0)
            lines.Add(new Columns(
            [
                new Column(Text("Benchmarking:", label), 120),
                new Column(Text(_options.BenchmarkCaption, keyStyle)),
            ]));
        return lines.Count == 0 ? null : new Stack(lines, Gap: 3);
    }
}
