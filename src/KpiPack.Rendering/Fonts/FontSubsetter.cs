using System.Runtime.InteropServices;
using SkiaSharp;

namespace KpiPack.Rendering.Fonts;

/// <summary>
/// Cuts a font down to the characters a document uses, with HarfBuzz's subsetter. Skia's PDF backend
/// embeds every font whole (DejaVu Sans Condensed is 680 KB), so without this a two-page appendix
/// would be over a megabyte.
/// </summary>
internal static class FontSubsetter
{
    private const string Library = "libHarfBuzzSharp";

    // hb_subset_flags_t: hinting instructions are dropped because the PDF is drawn unhinted anyway.
    private const uint NoHinting = 0x00000001u;

    /// <summary>
    /// The font in <paramref name="font"/> cut down to <paramref name="codepoints"/>. HarfBuzz reads the font where it
    /// is, for as long as the face lives: native memory, which the garbage collector never moves (a managed array
    /// once crashed it now and then), and which the caller keeps alive.
    /// </summary>
    public static byte[] Subset(SKData font, IEnumerable<int> codepoints)
    {
        var blob = hb_blob_create(font.Data, (uint)font.Size, MemoryModeReadOnly, IntPtr.Zero, IntPtr.Zero);
        IntPtr face;
        try
        {
            face = hb_face_create(blob, 0);
        }
        finally { hb_blob_destroy(blob); }
        try
        {
            var input = hb_subset_input_create_or_fail();
            if (input == IntPtr.Zero) throw new InvalidOperationException("HarfBuzz could not create a subset input");
            try
            {
                hb_subset_input_set_flags(input, NoHinting);
                var unicodes = hb_subset_input_unicode_set(input);
                foreach (var codepoint in codepoints) hb_set_add(unicodes, (uint)codepoint);
                return SubsetBytes(face, input);
            }
            finally { hb_subset_input_destroy(input); }
        }
        finally { hb_face_destroy(face); }
    }

    private static byte[] SubsetBytes(IntPtr face, IntPtr input)
    {
        var subset = hb_subset_or_fail(face, input);
        if (subset == IntPtr.Zero) throw new InvalidOperationException("HarfBuzz could not subset the font");
        try
        {
            var blob = hb_face_reference_blob(subset);
            try
            {
                var data = hb_blob_get_data(blob, out var length);
                var bytes = new byte[length];
                Marshal.Copy(data, bytes, 0, (int)length);
                return bytes;
            }
            finally { hb_blob_destroy(blob); }
        }
        finally { hb_face_destroy(subset); }
    }

    // hb_memory_mode_t: HarfBuzz reads the data where it is and never writes to it.
    private const int MemoryModeReadOnly = 1;

    [DllImport(Library)] private static extern IntPtr hb_blob_create(IntPtr data, uint length, int mode, IntPtr userData, IntPtr destroy);
    [DllImport(Library)] private static extern IntPtr hb_face_create(IntPtr blob, uint index);
    [DllImport(Library)] private static extern IntPtr hb_subset_input_create_or_fail();
    [DllImport(Library)] private static extern void hb_subset_input_destroy(IntPtr input);
    [DllImport(Library)] private static extern void hb_subset_input_set_flags(IntPtr input, uint flags);
    [DllImport(Library)] private static extern IntPtr hb_subset_input_unicode_set(IntPtr input);
    [DllImport(Library)] private static extern void hb_set_add(IntPtr set, uint codepoint);
    [DllImport(Library)] private static extern IntPtr hb_subset_or_fail(IntPtr face, IntPtr input);
    [DllImport(Library)] private static extern void hb_face_destroy(IntPtr face);
    [DllImport(Library)] private static extern IntPtr hb_face_reference_blob(IntPtr face);
    [DllImport(Library)] private static extern IntPtr hb_blob_get_data(IntPtr blob, out uint length);
    [DllImport(Library)] private static extern void hb_blob_destroy(IntPtr blob);
}
