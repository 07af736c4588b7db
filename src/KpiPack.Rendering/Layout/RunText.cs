
namespace KpiPack.Rendering.Layout;

/// <summary>A piece of text in one style, within a <see cref="RunText"/>.</summary>
internal sealed record Run(string Text, TextStyle Style);

/// <summary>
/// Runs of text in different styles flowing as one paragraph, wrapped at spaces, left-aligned: a bold heading followed
/// by its words ("Commentary (Jun-19) The number of contacts..."), where a heading in a column of its own would cost
/// its width on every line. Each word keeps its run's style; a line break in a run starts a new line; lines are as
/// tall as the tallest style.
/// </summary>
internal sealed class RunText : IElement
{
    /// <summary>A word measured once, the space after it in its own style, and whether a line break comes before it.</summary>
    private sealed record Word(string Text, TextStyle Style, float Width, float Space, bool BreakBefore);

    private readonly ITextMeasurer _measurer;
    private readonly IReadOnlyList<Word> _words;
    private readonly float _lineHeight;

    public RunText(IReadOnlyList<Run> runs, ITextMeasurer measurer) : this(Measured(runs, measurer), measurer)
    {
    }

    private RunText(IReadOnlyList<Word> words, ITextMeasurer measurer)
    {
        _measurer = measurer;
        _words = words;
        _lineHeight = words.Select(w => w.Style.LineHeight).DefaultIfEmpty(0).Max();
    }

    public float Measure(float width) => _words.Count == 0 ? 0 : Lines(width, out _).Count * _lineHeight;

    public float MinimumWidth => _words.Select(w => w.Width).DefaultIfEmpty(0).Max();

    public float NextBreakWidth(float width)
    {
        Lines(width, out var next);
        return next;
    }

    public void Draw(ICanvas canvas, Rect area)
    {
        var top = area.Top;
        foreach (var line in Lines(area.Width, out _))
        {
            var x = area.Left;
            // Words of one style side by side are drawn as one string: a PDF text object per word triples the file.
            // Each group ends in its space, so that text extracted from the PDF keeps the words apart.
            foreach (var group in Groups(line))
            {
                var style = group[0].Style;
                // Baselines shared by every style on the line, the leading split above and below as in TextBlock.
                var baseline = top + (_lineHeight - style.Size) / 2 + _measurer.Ascent(style.Font);
                canvas.Text(string.Join(' ', group.Select(w => w.Text)) + " ", x, baseline, style.Font, style.Ink);
                x += group.Sum(w => w.Width + w.Space);
            }
            top += _lineHeight;
        }
    }

    /// <summary>Splits between lines, for a paragraph taller than a page: the head is the lines that fit.</summary>
    public (IElement Head, IElement? Tail) Split(float width, float height)
    {
        var lines = Lines(width, out _);
        var fit = Math.Max(1, (int)Math.Floor(height / _lineHeight));
        if (fit >= lines.Count) return (this, null);
        var headWords = lines.Take(fit).Sum(line => line.Count);
        // The tail starts a line of its own on the next page, so its first word needs no break before it.
        var tail = _words.Skip(headWords).Select((w, i) => i == 0 ? w with { BreakBefore = false } : w).ToList();
        return (new RunText(_words.Take(headWords).ToList(), _measurer), new RunText(tail, _measurer));
    }

    public override string ToString() => $"RunText({string.Join(" ", _words.Take(8).Select(w => w.Text))}...)";

    private static List<Word> Measured(IReadOnlyList<Run> runs, ITextMeasurer measurer)
    {
        var words = new List<Word>();
        foreach (var run in runs)
        {
            var space = measurer.Width(" ", run.Style.Font);
            var paragraphs = run.Text.Split('\n');
            for (var p = 0; p < paragraphs.Length; p++)
                foreach (var (word, i) in paragraphs[p].Split(' ', StringSplitOptions.RemoveEmptyEntries).Select((w, i) => (w, i)))
                    words.Add(new Word(word, run.Style, measurer.Width(word, run.Style.Font), space, BreakBefore: p > 0 && i == 0));
        }
        return words;
    }

    /// <summary>The line's words in runs of one style.</summary>
    private static IEnumerable<List<Word>> Groups(List<Word> line)
    {
        var group = new List<Word>();
        foreach (var word in line)
        {
            if (group.Count > 0 && group[0].Style != word.Style)
            {
                yield return group;
                group = [];
            }
            group.Add(word);
        }
        if (group.Count > 0) yield return group;
    }

    /// <summary>
    /// Greedy lines at <paramref name="width"/>; <paramref name="nextBreak"/> is the least width at which a line would
    /// take in the next word. A word wider than the width has a line to itself.
    /// </summary>
    private List<List<Word>> Lines(float width, out float nextBreak)
    {
        nextBreak = float.PositiveInfinity;
        var lines = new List<List<Word>>();
        var lineWidth = 0f;
        for (var i = 0; i < _words.Count; i++)
        {
            var word = _words[i];
            if (lines.Count > 0 && !word.BreakBefore)
            {
                var extended = lineWidth + _words[i - 1].Space + word.Width;
                if (extended <= width)
                {
                    lines[^1].Add(word);
                    lineWidth = extended;
                    continue;
                }
                nextBreak = Math.Min(nextBreak, extended);
            }
            lines.Add([word]);
            lineWidth = word.Width;
        }
        return lines;
    }
}
