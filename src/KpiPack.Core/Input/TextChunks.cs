using System.Text;
using System.Xml;

namespace KpiPack.Core.Input;

/// <summary>Counts an XML text node's characters a chunk at a time, so that no text is held whatever its length.</summary>
internal static class TextChunks
{
    /// <summary>Keeps at most this much of a text: enough for any number or error value.</summary>
    private const int Kept = 64;

    // One buffer per thread, not one per cell: an audit meets a text node in almost every cell.
    [ThreadStatic] private static char[]? t_buffer;

    /// <summary>The characters of the text node the reader is on, keeping the first few in <paramref name="keep"/>.</summary>
    public static long Count(XmlReader xml, StringBuilder? keep)
    {
        var buffer = t_buffer ??= new char[4096];
        long count = 0;
        int read;
        while ((read = xml.ReadValueChunk(buffer, 0, buffer.Length)) > 0)
        {
            if (keep is not null && keep.Length < Kept) keep.Append(buffer, 0, Math.Min(read, Kept - keep.Length));
            count += read;
        }
        return count;
    }
}
