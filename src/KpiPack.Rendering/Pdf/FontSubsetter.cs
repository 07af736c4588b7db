using System.Runtime.InteropServices;
using HarfBuzzSharp;

namespace KpiPack.Rendering.Pdf;

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

    public static byte[] Subset(byte[] font, IEnumerable<int> codepoints)
    {
        using var blob = Blob.FromStream(new MemoryStream(font));
        using var face = new Face(blob, 0);
        var input = hb_subset_input_create_or_fail();
        if (input == IntPtr.Zero) throw new InvalidOperationException("HarfBuzz could not create a subset input");
        try
        {
            hb_subset_input_set_flags(input, NoHinting);
            var unicodes = hb_subset_input_unicode_set(input);
            foreach (var codepoint in codepoints) hb_set_add(unicodes, (uint)codepoint);

            var subset = hb_subset_or_fail(face.Handle, input);
            if (subset == IntPtr.Zero) throw new InvalidOperationException("HarfBuzz could not subset the font");
            try
            {
                var subsetBlob = hb_face_reference_blob(subset);
                try
                {
                    var data = hb_blob_get_data(subsetBlob, out var length);
                    var bytes = new byte[length];
                    Marshal.Copy(data, bytes, 0, (int)length);
                    return bytes;
                }
                finally { hb_blob_destroy(subsetBlob); }
            }
            finally { hb_face_destroy(subset); }
        }
        finally { hb_subset_input_destroy(input); }
    }

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
