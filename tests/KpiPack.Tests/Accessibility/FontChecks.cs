using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Tokens;

namespace KpiPack.Tests.Accessibility;

/// <summary>Every font a page or its form XObjects can use is embedded (FontFile, FontFile2 or FontFile3) and maps to Unicode (/ToUnicode).</summary>
internal static class FontChecks
{
    public static IEnumerable<string> Problems(IEnumerable<Page> pages, PdfObjects objects)
    {
        var seen = new HashSet<string>();
        foreach (var page in pages)
            foreach (var (name, number, font) in Fonts(Resources(page.Dictionary, objects), objects, []))
            {
                if (!seen.Add(number is { } n ? $"object {n}" : $"{page.Number}/{name}")) continue;
                var label = $"font {objects.Name(font, "BaseFont") ?? name} (page {page.Number})";
                if (!IsEmbedded(font, objects))
                    yield return $"{label} is not embedded (no FontFile, FontFile2 or FontFile3)";
                if (objects.Get(font, "ToUnicode") is null)
                    yield return $"{label} has no /ToUnicode map: its text cannot be read out reliably";
            }
    }

    private static bool IsEmbedded(DictionaryToken font, PdfObjects objects)
    {
        var subtype = objects.Name(font, "Subtype");
        if (subtype == "Type3") return true;   // its glyphs are content streams in the file itself
        var described = subtype == "Type0" ? objects.Array(font, "DescendantFonts").OfType<DictionaryToken>().FirstOrDefault() : font;
        var descriptor = objects.Dictionary(described, "FontDescriptor");
        return new[] { "FontFile", "FontFile2", "FontFile3" }.Any(key => objects.Get(descriptor, key) is not null);
    }

    /// <summary>A page's resources, inherited from the page tree when the page has none of its own.</summary>
    private static DictionaryToken? Resources(DictionaryToken? node, PdfObjects objects)
    {
        for (var hops = 0; node is not null && hops < 64; hops++, node = objects.Dictionary(node, "Parent"))
            if (objects.Dictionary(node, "Resources") is { } resources)
                return resources;
        return null;
    }

    private static IEnumerable<(string Name, long? Number, DictionaryToken Font)> Fonts(DictionaryToken? resources, PdfObjects objects, HashSet<long> visitedForms)
    {
        if (resources is null) yield break;
        if (objects.Dictionary(resources, "Font") is { } fonts)
            foreach (var (key, token) in fonts.Data)
                if (objects.Resolve(token) is DictionaryToken font)
                    yield return (key, PdfObjects.ObjectNumber(token), font);
        if (objects.Dictionary(resources, "XObject") is { } xobjects)
            foreach (var (key, token) in xobjects.Data)
            {
                // A form drawn from itself would loop: each form is read once (forms are always indirect objects).
                if (PdfObjects.ObjectNumber(token) is not { } number || !visitedForms.Add(number)) continue;
                if (objects.Resolve(token) is StreamToken form && objects.Name(form.StreamDictionary, "Subtype") == "Form")
                    foreach (var inner in Fonts(objects.Dictionary(form.StreamDictionary, "Resources"), objects, visitedForms))
                        yield return inner;
            }
    }
}
