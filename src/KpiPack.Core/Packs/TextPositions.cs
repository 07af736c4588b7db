namespace KpiPack.Core.Packs;

/// <summary>Lines and columns of a UTF-8 text, as an editor shows them: both from 1, columns counted in characters.</summary>
internal sealed class TextPositions
{
    private readonly byte[] _text;
    private readonly List<int> _lineStarts = [0];

    public TextPositions(byte[] text)
    {
        _text = text;
        for (var i = 0; i < text.Length; i++)
            if (text[i] == (byte)'\n') _lineStarts.Add(i + 1);
    }

    /// <summary>The line and column of the byte at <paramref name="offset"/>.</summary>
    public (int Line, int Column) Of(long offset)
    {
        var index = _lineStarts.BinarySearch((int)Math.Min(offset, _text.Length));
        var line = index >= 0 ? index : ~index - 1;
        return (line + 1, Column(_lineStarts[line], (int)offset));
    }

    /// <summary>The line and column of a byte given by its line and its byte within the line, both from 0.</summary>
    public (int Line, int Column) Of(long line, long byteInLine)
    {
        var start = _lineStarts[(int)Math.Min(line, _lineStarts.Count - 1)];
        return ((int)line + 1, Column(start, (int)OffsetOf(line, byteInLine)));
    }

    /// <summary>The byte offset of a byte given by its line and its byte within the line, both from 0.</summary>
    public long OffsetOf(long line, long byteInLine) =>
        Math.Min(_lineStarts[(int)Math.Min(line, _lineStarts.Count - 1)] + byteInLine, _text.Length);

    // Continuation bytes of a UTF-8 character (10xxxxxx) do not start a character of their own.
    private int Column(int lineStart, int offset)
    {
        var characters = 0;
        for (var i = lineStart; i < offset && i < _text.Length; i++)
            if ((_text[i] & 0xC0) != 0x80) characters++;
        return characters + 1;
    }
}
