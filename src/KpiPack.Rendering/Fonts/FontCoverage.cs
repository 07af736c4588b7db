using System.Buffers.Binary;

namespace KpiPack.Rendering.Fonts;

/// <summary>
/// Which characters a TrueType font has a glyph for, read from its character map ('cmap' formats 4 and 12). PDFsharp
/// draws a character the font lacks as an empty box without a word, so the build checks the text first.
/// </summary>
internal sealed class FontCoverage
{
    private readonly (int First, int Last)[] _ranges;

    private FontCoverage((int First, int Last)[] ranges) => _ranges = ranges;

    public bool Has(int codepoint)
    {
        int low = 0, high = _ranges.Length - 1;
        while (low <= high)
        {
            var mid = (low + high) / 2;
            if (codepoint < _ranges[mid].First) high = mid - 1;
            else if (codepoint > _ranges[mid].Last) low = mid + 1;
            else return true;
        }
        return false;
    }

    public static FontCoverage Of(byte[] font)
    {
        var data = font.AsSpan();
        var tables = BinaryPrimitives.ReadUInt16BigEndian(data[4..]);
        for (var i = 0; i < tables; i++)
        {
            var record = data[(12 + 16 * i)..];
            if (record[..4].SequenceEqual("cmap"u8))
                return new FontCoverage(Ranges(data[(int)BinaryPrimitives.ReadUInt32BigEndian(record[8..])..]));
        }
        throw new InvalidOperationException("the font has no character map");
    }

    /// <summary>The ranges of the best Unicode subtable: format 12 (all planes) if there is one, else format 4 (BMP).</summary>
    private static (int, int)[] Ranges(ReadOnlySpan<byte> cmap)
    {
        var count = BinaryPrimitives.ReadUInt16BigEndian(cmap[2..]);
        int? format4 = null, format12 = null;
        for (var i = 0; i < count; i++)
        {
            var platform = BinaryPrimitives.ReadUInt16BigEndian(cmap[(4 + 8 * i)..]);
            var offset = (int)BinaryPrimitives.ReadUInt32BigEndian(cmap[(8 + 8 * i)..]);
            if (platform is not (0 or 3)) continue;
            var format = BinaryPrimitives.ReadUInt16BigEndian(cmap[offset..]);
            if (format == 12) format12 ??= offset;
            if (format == 4) format4 ??= offset;
        }
        if (format12 is { } f12) return Format12(cmap[f12..]);
        if (format4 is { } f4) return Format4(cmap[f4..]);
        throw new InvalidOperationException("the font has no Unicode character map");
    }

    private static (int, int)[] Format12(ReadOnlySpan<byte> table)
    {
        var groups = (int)BinaryPrimitives.ReadUInt32BigEndian(table[12..]);
        var ranges = new (int, int)[groups];
        for (var i = 0; i < groups; i++)
        {
            var group = table[(16 + 12 * i)..];
            ranges[i] = ((int)BinaryPrimitives.ReadUInt32BigEndian(group), (int)BinaryPrimitives.ReadUInt32BigEndian(group[4..]));
        }
        return ranges;
    }

    // A segment maps its characters to glyphs by a delta or through an array; a character mapped to glyph 0 is missing.
    private static (int, int)[] Format4(ReadOnlySpan<byte> table)
    {
        var segments = BinaryPrimitives.ReadUInt16BigEndian(table[6..]) / 2;
        var ends = 14;
        var starts = ends + 2 * segments + 2;
        var deltas = starts + 2 * segments;
        var offsets = deltas + 2 * segments;
        var ranges = new List<(int, int)>();
        for (var s = 0; s < segments; s++)
        {
            int end = BinaryPrimitives.ReadUInt16BigEndian(table[(ends + 2 * s)..]);
            int start = BinaryPrimitives.ReadUInt16BigEndian(table[(starts + 2 * s)..]);
            var delta = BinaryPrimitives.ReadInt16BigEndian(table[(deltas + 2 * s)..]);
            int rangeOffset = BinaryPrimitives.ReadUInt16BigEndian(table[(offsets + 2 * s)..]);
            for (var c = start; c <= end && c != 0xFFFF; c++)
            {
                var glyph = rangeOffset == 0
                    ? (c + delta) & 0xFFFF
                    : BinaryPrimitives.ReadUInt16BigEndian(table[(offsets + 2 * s + rangeOffset + 2 * (c - start))..]) is var g && g != 0 ? (g + delta) & 0xFFFF : 0;
                if (glyph == 0) continue;
                if (ranges.Count > 0 && ranges[^1].Item2 == c - 1) ranges[^1] = (ranges[^1].Item1, c);
                else ranges.Add((c, c));
            }
        }
        return [.. ranges];
    }
}
