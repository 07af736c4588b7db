using System.Text;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Tokens;

namespace KpiPack.Tests.Accessibility;

/// <summary>
/// Reading a PDF's objects through PdfPig's tokens: following indirect references, reading names, numbers and text
/// strings, and listing the pages in order with the object number each is stored under (structure elements name
/// their page by reference, and PdfPig's <c>Page</c> does not carry its own).
/// </summary>
internal sealed class PdfObjects(PdfDocument document)
{
    private readonly Lazy<IReadOnlyList<long>> _pageObjects = new(() => PageObjectNumbers(document));

    public DictionaryToken Catalog => document.Structure.Catalog.CatalogDictionary;

    /// <summary>The object number of each page, in page order (index 0 is page 1).</summary>
    public IReadOnlyList<long> PageObjects => _pageObjects.Value;

    /// <summary>The page number (from 1) of the page stored as object <paramref name="objectNumber"/>, or null.</summary>
    public int? PageNumberOf(long objectNumber)
    {
        var index = PageObjects.ToList().IndexOf(objectNumber);
        return index < 0 ? null : index + 1;
    }

    public IToken? Resolve(IToken? token)
    {
        // A reference to a reference is legal, if odd; the bound stops a loop in a broken file.
        for (var hops = 0; token is IndirectReferenceToken reference && hops < 32; hops++)
            token = document.Structure.TokenScanner.Get(reference.Data)?.Data;
        return token is IndirectReferenceToken ? null : token;
    }

    public IToken? Get(DictionaryToken? dictionary, string key) =>
        dictionary is not null && dictionary.TryGet(NameToken.Create(key), out var token) ? Resolve(token) : null;

    public DictionaryToken? Dictionary(DictionaryToken? dictionary, string key) => Get(dictionary, key) switch
    {
        DictionaryToken d => d,
        StreamToken s => s.StreamDictionary,
        _ => null,
    };

    public string? Name(DictionaryToken? dictionary, string key) => (Get(dictionary, key) as NameToken)?.Data;

    public int? Integer(DictionaryToken? dictionary, string key) => (Get(dictionary, key) as NumericToken)?.Int;

    public string? Text(DictionaryToken? dictionary, string key) => TextOf(Get(dictionary, key));

    public IReadOnlyList<IToken> Array(DictionaryToken? dictionary, string key) => Get(dictionary, key) switch
    {
        ArrayToken array => array.Data.Select(t => Resolve(t)!).Where(t => t is not null).ToList(),
        null => [],
        var single => [single],
    };

    /// <summary>The object number <paramref name="token"/> refers to, or null when it is a direct object.</summary>
    public static long? ObjectNumber(IToken? token) => (token as IndirectReferenceToken)?.Data.ObjectNumber;

    /// <summary>A PDF text string: UTF-16BE after a byte-order mark, otherwise (nearly) Latin-1, as PDFDocEncoding is.</summary>
    public static string? TextOf(IToken? token) => token switch
    {
        StringToken s => s.Data,
        HexToken h => Decode(h.Bytes),
        NameToken n => n.Data,
        _ => null,
    };

    private static string Decode(ReadOnlySpan<byte> bytes) =>
        bytes.Length >= 2 && bytes[0] == 0xFE && bytes[1] == 0xFF
            ? Encoding.BigEndianUnicode.GetString(bytes[2..])
            : Encoding.Latin1.GetString(bytes);

    public byte[] StreamBytes(StreamToken stream) =>
        stream.Decode(document.Structure.FilterProvider, document.Structure.TokenScanner).ToArray();

    /// <summary>The leaves of a number tree (/Nums pairs, under /Kids), as number → value.</summary>
    public IReadOnlyDictionary<int, IToken> NumberTree(DictionaryToken? root)
    {
        var entries = new Dictionary<int, IToken>();
        var seen = new HashSet<DictionaryToken>(ReferenceEqualityComparer.Instance);
        void Walk(DictionaryToken? node)
        {
            if (node is null || !seen.Add(node)) return;
            if (node.TryGet(NameToken.Nums, out var numsToken) && Resolve(numsToken) is ArrayToken nums)
                for (var i = 0; i + 1 < nums.Length; i += 2)
                    if (Resolve(nums[i]) is NumericToken key)
                        entries[key.Int] = nums[i + 1];
            foreach (var kid in Array(node, "Kids"))
                Walk(kid as DictionaryToken);
        }
        Walk(root);
        return entries;
    }

    private static IReadOnlyList<long> PageObjectNumbers(PdfDocument document)
    {
        var scanner = document.Structure.TokenScanner;
        var pages = new List<long>();
        var seen = new HashSet<long>();
        void Walk(IToken? token)
        {
            if (token is not IndirectReferenceToken reference || !seen.Add(reference.Data.ObjectNumber)) return;
            if (scanner.Get(reference.Data)?.Data is not DictionaryToken node) return;
            if (!node.TryGet(NameToken.Kids, out var kids))
                pages.Add(reference.Data.ObjectNumber);
            else if ((kids is IndirectReferenceToken r ? scanner.Get(r.Data)?.Data : kids) is ArrayToken list)
                foreach (var kid in list.Data) Walk(kid);
        }
        document.Structure.Catalog.CatalogDictionary.TryGet(NameToken.Pages, out var root);
        Walk(root);
        return pages;
    }
}
