using System.Globalization;

namespace KpiPack.Rendering.Layout;

/// <summary>
/// Text that wraps at word boundaries to the width it is given (and inside a word only when it must), or, in an
/// <see cref="TextStyle.Unbreakable"/> style, keeps each of its lines whole. Words are measured once and a line is
/// as wide as its words and spaces added up, so wrapping at another width is arithmetic: the column-width optimiser
/// asks about hundreds of widths.
/// </summary>
internal sealed class TextBlock : IElement
{
    private readonly ITextMeasurer _measurer;
    private Paragraph[]? _paragraphs;
    private float _space;
    private float? _minimumWidth; // asked at every step of the column-width optimiser
    private (float Width, IReadOnlyList<string> Lines)? _wrapped;

    public TextBlock(string text, TextStyle style, ITextMeasurer measurer)
    {
        Text = text;
        Style = style;
        _measurer = measurer;
    }

    private const string Ellipsis = "…";

    /// <summary>Whether the text was drawn shortened to <see cref="TextStyle.MaxLines"/>, at the width it was given.</summary>
    public bool Shortened { get; private set; }

    public string Text { get; }
    public TextStyle Style { get; }

    public float Measure(float width) => Text.Length == 0 ? 0 : LineCount(width) * Style.LineHeight;

    /// <summary>The longest word, or for unbreakable text the longest line.</summary>
    public float MinimumWidth => _minimumWidth ??= Style.Unbreakable
        ? Paragraphs.Max(p => p.Width)
        : Paragraphs.SelectMany(p => p.WordWidths).DefaultIfEmpty(0).Max();

    public IReadOnlyList<string> Lines(float width)
    {
        if (_wrapped is { } cached && cached.Width == width) return cached.Lines;
        var lines = new List<string>();
        var unused = float.PositiveInfinity;
        foreach (var paragraph in Paragraphs)
        {
            if (Style.Unbreakable) lines.Add(paragraph.Text);
            else Wrap(paragraph, width, lines, ref unused);
        }
        if (Style.MaxLines is { } most && lines.Count > most)
        {
            lines = ShortenedTo(lines, most, width);
            Shortened = true;
        }
        _wrapped = (width, lines);
        return lines;
    }

    public int LineCount(float width)
    {
        var count = Style.Unbreakable ? Paragraphs.Length : WrappedLineCount(width);
        return Style.MaxLines is { } most ? Math.Min(count, most) : count;
    }

    private int WrappedLineCount(float width)
    {
        var unused = float.PositiveInfinity;
        return Paragraphs.Sum(paragraph => Wrap(paragraph, width, null, ref unused));
    }

    /// <summary>
    /// The first <paramref name="most"/> lines, the last ending in an ellipsis that fits the width: cut after a whole
    /// character as drawn (never inside an accented letter or a surrogate pair), and after a whole word when one ends
    /// in the second half of the line.
    /// </summary>
    private List<string> ShortenedTo(List<string> lines, int most, float width)
    {
        var kept = lines.Take(most).ToList();
        var last = kept[^1];
        var ends = TextElementEnds(last);
        var fits = ends.LastOrDefault(end => WidthOf(last[..end].TrimEnd() + Ellipsis) <= width);
        var space = last.LastIndexOf(' ', Math.Max(0, fits - 1));
        if (fits < last.Length && last[fits] != ' ' && space > fits / 2) fits = space;
        kept[^1] = last[..fits].TrimEnd() + Ellipsis;
        return kept;
    }

    /// <summary>Where each character as drawn (a text element) ends in <paramref name="text"/>.</summary>
    private static List<int> TextElementEnds(string text)
    {
        var ends = new List<int>();
        for (var i = 0; i < text.Length;)
        {
            i += StringInfo.GetNextTextElementLength(text, i);
            ends.Add(i);
        }
        return ends;
    }

    /// <summary>
    /// The least width above <paramref name="width"/> at which some line takes in the first word of the line
    /// after it: until then the text wraps exactly as at <paramref name="width"/>. Infinite once every line is
    /// a whole paragraph. Below <see cref="MinimumWidth"/> words are cut, and this only steps towards it.
    /// </summary>
    public float NextBreakWidth(float width)
    {
        if (Style.Unbreakable) return float.PositiveInfinity;
        var minimum = MinimumWidth;
        if (width < minimum) return Math.Min(minimum, width + 1);
        var next = float.PositiveInfinity;
        foreach (var paragraph in Paragraphs) Wrap(paragraph, width, null, ref next);
        return next;
    }

    public float WidthOf(string text) => _measurer.Width(text, Style.Font);

    public void Draw(ICanvas canvas, Rect area)
    {
        if (Text.Length == 0) return;
        // The first baseline sits one ascent below the top, with the leading shared above and below.
        var baseline = area.Top + (Style.LineHeight - Style.Size) / 2 + _measurer.Ascent(Style.Font);
        var lines = Lines(area.Width);
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            var x = Style.Align switch
            {
                TextAlign.Right => area.Right - WidthOf(line),
                TextAlign.Center => area.Left + (area.Width - WidthOf(line)) / 2,
                _ => area.Left,
            };
            // Every line but the last ends in a space: text extracted from the PDF would otherwise run the last word of
            // one line into the first of the next ("Changeon").
            canvas.Text(i < lines.Count - 1 || Style.SpaceAfter ? line + " " : line, x, baseline, Style.Font, Style.Ink);
            baseline += Style.LineHeight;
        }
    }

    public (IElement Head, IElement? Tail) Split(float width, float height)
    {
        var lines = Lines(width);
        var fit = Math.Max(1, (int)Math.Floor(height / Style.LineHeight));
        if (fit >= lines.Count) return (this, null);
        return (new TextBlock(string.Join('\n', lines.Take(fit)), Style, _measurer),
                new TextBlock(string.Join('\n', lines.Skip(fit)), Style, _measurer));
    }

    public override string ToString() => $"Text({Style.Size}pt{(Style.Bold ? " bold" : "")}{(Style.Unbreakable ? " unbreakable" : "")}: {Text})";

    /// <summary>One '\n'-separated part of the text, with its words (runs of spaces collapse) and their widths.</summary>
    private sealed record Paragraph(string Text, string[] Words, float[] WordWidths, float Width);

    private Paragraph[] Paragraphs => _paragraphs ??= Measured();

    private Paragraph[] Measured()
    {
        _space = WidthOf(" ");
        return Text.Split('\n').Select(text =>
        {
            var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            return new Paragraph(text, words, words.Select(WidthOf).ToArray(), WidthOf(text));
        }).ToArray();
    }

    /// <summary>
    /// Lays a paragraph out greedily at <paramref name="width"/>, adding its lines to <paramref name="lines"/> when
    /// given, and returns how many there are. Lowers <paramref name="nextBreak"/> to the least width at which a line
    /// would take in the next word: the one sum decides both, so the two can never disagree.
    /// </summary>
    private int Wrap(Paragraph paragraph, float width, List<string>? lines, ref float nextBreak)
    {
        var words = paragraph.Words;
        if (words.Length == 0)
        {
            lines?.Add("");
            return 1;
        }
        var count = 0;
        string? lead = null; // the end of a word cut at the end of the line before
        var first = 0;       // the first whole word on the line
        var lineWidth = -1f; // below zero while the line is empty
        for (var i = 0; i < words.Length; i++)
        {
            if (lineWidth >= 0)
            {
                var extended = lineWidth + _space + paragraph.WordWidths[i];
                if (extended <= width)
                {
                    lineWidth = extended;
                    continue;
                }
                nextBreak = Math.Min(nextBreak, extended);
                count++;
                lines?.Add(Line(lead, words, first, i));
            }
            lead = null;
            first = i;
            lineWidth = paragraph.WordWidths[i];
            if (lineWidth <= width || words[i].Length == 1) continue;

            // A word wider than the line: cut it where it must be, as little as possible.
            var rest = words[i];
            while (WidthOf(rest) > width && rest.Length > 1)
            {
                var cut = FittingPrefix(rest, width);
                count++;
                lines?.Add(rest[..cut]);
                rest = rest[cut..];
            }
            lead = rest;
            first = i + 1;
            lineWidth = WidthOf(rest);
        }
        count++;
        lines?.Add(Line(lead, words, first, words.Length));
        return count;
    }

    private static string Line(string? lead, string[] words, int first, int end)
    {
        var whole = string.Join(' ', words, first, end - first);
        return lead is null ? whole : whole.Length == 0 ? lead : lead + " " + whole;
    }

    /// <summary>
    /// The longest start of <paramref name="word"/> that fits the width, and at least its first character: cut between
    /// characters as drawn, so an accented letter or a character outside the BMP is never split into halves.
    /// </summary>
    private int FittingPrefix(string word, float width)
    {
        var length = StringInfo.GetNextTextElementLength(word, 0);
        while (length < word.Length)
        {
            var next = length + StringInfo.GetNextTextElementLength(word, length);
            if (WidthOf(word[..next]) > width) break;
            length = next;
        }
        return length;
    }
}
