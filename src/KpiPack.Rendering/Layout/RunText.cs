using KpiPack.Rendering.Fonts;
using SkiaSharp;

namespace KpiPack.Rendering.Layout;

/// <summary>A piece of text in one style, within a <see cref="RunText"/>.</summary>
internal sealed record Run(string Text, TextStyle Style);

/// <summary>
/// Runs of text in different styles flowing as one paragraph, wrapped at spaces, left-aligned: a bold heading followed
/// by its words ("Commentary (Jun-19) The number of contacts..."), where a heading in a column of its own would cost
/// its width on every line. Each word keeps its run's style; lines are as tall as the tallest style.
/// </summary>
internal sealed class RunText : IElement
{
    private readonly FontSet _fonts;
    private readonly List<(string Text, TextStyle Style, float Width, float Space)> _words = [];

    public RunText(IReadOnlyList<Run> runs, FontSet fonts)
    {
        _fonts = fonts;
        Runs = runs;
        foreach (var run in runs)
        {
            fonts.Use(run.Text);
            using var font = fonts.MeasuringFont(run.Style.Bold, run.Style.Size);
            var space = font.MeasureText(" ");
            foreach (var word in run.Text.Split([' ', '\n'], StringSplitOptions.RemoveEmptyEntries))
                _words.Add((word, run.Style, font.MeasureText(word), space));
        }
        LineHeight = runs.Select(r => r.Style.LineHeight).DefaultIfEmpty(0).Max();
    }

    public IReadOnlyList<Run> Runs { get; }

    private float LineHeight { get; }

    public float Measure(float width) => _words.Count == 0 ? 0 : Lines(width, out _).Count * LineHeight;

    public float MinimumWidth => _words.Select(w => w.Width).DefaultIfEmpty(0).Max();

    public float NextBreakWidth(float width)
    {
        Lines(width, out var next);
        return next;
    }

    public void Draw(SKCanvas canvas, SKRect area)
    {
        var top = area.Top;
        foreach (var line in Lines(area.Width, out _))
        {
            var x = area.Left;
            // Words of one style side by side are drawn as one string: a PDF text object per word triples the file.
            foreach (var group in Groups(line))
            {
                var style = _words[group[0]].Style;
                var text = string.Join(' ', group.Select(i => _words[i].Text));
                using var font = _fonts.DrawingFont(style.Bold, style.Size);
                using var paint = new SKPaint { Color = style.Ink, IsAntialias = true };
                // Baselines shared by every style on the line, the leading split above and below as in TextBlock.
                var baseline = top + (LineHeight - style.Size) / 2 - font.Metrics.Ascent;
                canvas.DrawText(text, x, baseline, SKTextAlign.Left, font, paint);
                x += group.Sum(i => _words[i].Width + _words[i].Space);
            }
            top += LineHeight;
        }
    }

    public override string ToString() => $"RunText({string.Join(" | ", Runs.Select(r => r.Text))})";

    /// <summary>The line's words in runs of one style.</summary>
    private IEnumerable<List<int>> Groups(List<int> line)
    {
        var group = new List<int>();
        foreach (var index in line)
        {
            if (group.Count > 0 && _words[group[0]].Style != _words[index].Style)
            {
                yield return group;
                group = [];
            }
            group.Add(index);
        }
        if (group.Count > 0) yield return group;
    }

    /// <summary>
    /// Greedy lines of word indexes at <paramref name="width"/>; <paramref name="nextBreak"/> is the least width at which
    /// a line would take in the next word. A word wider than the width has a line to itself.
    /// </summary>
    private List<List<int>> Lines(float width, out float nextBreak)
    {
        nextBreak = float.PositiveInfinity;
        var lines = new List<List<int>>();
        var lineWidth = 0f;
        for (var i = 0; i < _words.Count; i++)
        {
            if (lines.Count > 0 && lines[^1].Count > 0)
            {
                var extended = lineWidth + _words[i - 1].Space + _words[i].Width;
                if (extended <= width)
                {
                    lines[^1].Add(i);
                    lineWidth = extended;
                    continue;
                }
                nextBreak = Math.Min(nextBreak, extended);
            }
            lines.Add([i]);
            lineWidth = _words[i].Width;
        }
        return lines;
    }
}
