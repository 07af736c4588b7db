using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Xml.Linq;
using PdfSharp.Pdf;
using PdfSharp.Pdf.Advanced;

namespace KpiPack.Rendering.Pdf;

/// <summary>
/// What PDFsharp would otherwise write differently on every run, fixed from the document itself: its dates (written in
/// UTC: PDFsharp writes the machine's offset), the fonts' subset tags, the trailer's /ID and the XMP ids (PDFsharp
/// draws them from random GUIDs). Also the XMP metadata PDF/UA asks for, which PDFsharp's lacks (<c>pdfuaid:part</c>),
/// with every text escaped (PDFsharp leaves an ampersand bare).
/// </summary>
internal static class Reproducible
{
    /// <summary>Before saving: dates, subset tags and the trailer's /ID. Returns the document's digest, for <see cref="ReplaceXmp"/>.</summary>
    public static byte[] Fix(PdfDocument pdf, PdfMetadata metadata)
    {
        var digest = Digest(pdf, metadata);
        var date = metadata.Created.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture);
        pdf.Info.Elements.SetString("/CreationDate", $"D:{date}Z");
        pdf.Info.Elements.SetString("/ModDate", $"D:{date}Z");
        FixSubsetTags(pdf, digest);
        var id = new string(digest.Take(16).Select(b => (char)b).ToArray());
        pdf.Internals.FirstDocumentID = id;
        pdf.Internals.SecondDocumentID = id;
        return digest;
    }

    /// <summary>
    /// After saving: PDFsharp writes its own XMP packet as it saves, whatever the document held, so the packet is
    /// replaced in the saved bytes by one of the same length (XMP's padding takes up the difference), which leaves
    /// every offset in the file as it was.
    /// </summary>
    public static byte[] ReplaceXmp(byte[] file, PdfMetadata metadata, byte[] digest, string producer)
    {
        var begin = file.AsSpan().IndexOf("<?xpacket begin"u8);
        var endMarker = "<?xpacket end=\"w\"?>"u8;
        var end = begin < 0 ? -1 : file.AsSpan(begin).IndexOf(endMarker);
        if (begin < 0 || end < 0) throw new InvalidOperationException("PDFsharp wrote no XMP metadata to replace");
        var length = end + endMarker.Length;
        var ours = Encoding.UTF8.GetBytes(Packet(metadata, $"uuid:{Guid(digest)}", producer));
        var padding = length - ours.Length - endMarker.Length;
        if (padding < 1)
            throw new InvalidOperationException($"the document's XMP metadata is {-padding + 1} bytes longer than the room PDFsharp left for it: shorten the title");
        var patched = (byte[])file.Clone();
        ours.CopyTo(patched, begin);
        patched.AsSpan(begin + ours.Length, padding).Fill((byte)' ');
        patched[begin + ours.Length + padding - 1] = (byte)'\n';
        endMarker.CopyTo(patched.AsSpan(begin + ours.Length + padding));
        return patched;
    }

    /// <summary>A hash of every page's drawing and the metadata: the same document gives the same, another another.</summary>
    private static byte[] Digest(PdfDocument pdf, PdfMetadata metadata)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(Encoding.UTF8.GetBytes($"{metadata.Title}\n{metadata.Subject}\n{metadata.Author}\n{metadata.Created:O}\n{metadata.Language}\n"));
        foreach (var page in pdf.Pages)
            foreach (var item in page.Contents.Elements)
                if ((item as PdfReference)?.Value is PdfDictionary { Stream: { } stream }) hash.AppendData(stream.Value);
        return hash.GetHashAndReset();
    }

    private static string Guid(byte[] digest) => new Guid(digest.AsSpan(16, 16)).ToString("D");

    /// <summary>
    /// Each embedded subset's six-letter tag (PDF 32000 9.6.4) from the digest and the font's name: fixed for a
    /// document, and different for its regular and bold subsets.
    /// </summary>
    private static void FixSubsetTags(PdfDocument pdf, byte[] digest)
    {
        var renamed = new Dictionary<string, string>();
        string Renamed(string name)
        {
            if (renamed.TryGetValue(name, out var known)) return known;
            var plus = name.IndexOf('+');
            var bare = name[(plus + 1)..];
            var bytes = SHA256.HashData([.. digest, .. Encoding.UTF8.GetBytes(bare)]);
            var tag = string.Concat(bytes.Take(6).Select(b => (char)('A' + b % 26)));
            return renamed[name] = $"/{tag}+{bare.TrimStart('/')}";
        }
        foreach (var dictionary in pdf.Internals.GetAllObjects().OfType<PdfDictionary>())
        {
            foreach (var key in new[] { "/BaseFont", "/FontName" })
                if (dictionary.Elements.GetName(key) is { Length: > 8 } name && name.Length > 8 && name[7] == '+')
                    dictionary.Elements.SetName(key, Renamed(name));
        }
    }

    private static readonly XNamespace Rdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
    private static readonly XNamespace Dc = "http://purl.org/dc/elements/1.1/";
    private static readonly XNamespace Xmp = "http://ns.adobe.com/xap/1.0/";
    private static readonly XNamespace XmpMM = "http://ns.adobe.com/xap/1.0/mm/";
    private static readonly XNamespace Pdf = "http://ns.adobe.com/pdf/1.3/";
    private static readonly XNamespace PdfUaId = "http://www.aiim.org/pdfua/ns/id/";
    private static readonly XNamespace XNs = "adobe:ns:meta/";

    /// <summary>The XMP packet, less its end marker: title, author, subject and dates as in the document information, and PDF/UA-1.</summary>
    private static string Packet(PdfMetadata metadata, string id, string producer)
    {
        var date = metadata.Created.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
        static XElement Alt(XName name, string text) => new(name, new XElement(Rdf + "Alt",
            new XElement(Rdf + "li", new XAttribute(XNamespace.Xml + "lang", "x-default"), text)));
        var description = new XElement(Rdf + "Description",
            new XAttribute(Rdf + "about", ""),
            new XAttribute(XNamespace.Xmlns + "dc", Dc), new XAttribute(XNamespace.Xmlns + "xmp", Xmp),
            new XAttribute(XNamespace.Xmlns + "xmpMM", XmpMM), new XAttribute(XNamespace.Xmlns + "pdf", Pdf),
            new XAttribute(XNamespace.Xmlns + "pdfuaid", PdfUaId),
            new XElement(PdfUaId + "part", "1"),
            Alt(Dc + "title", metadata.Title),
            Alt(Dc + "description", metadata.Subject),
            new XElement(Dc + "creator", new XElement(Rdf + "Seq", new XElement(Rdf + "li", metadata.Author))),
            new XElement(Dc + "language", new XElement(Rdf + "Bag", new XElement(Rdf + "li", metadata.Language))),
            new XElement(Xmp + "CreateDate", date),
            new XElement(Xmp + "ModifyDate", date),
            new XElement(Xmp + "CreatorTool", metadata.Creator),
            new XElement(Pdf + "Producer", producer),
            new XElement(XmpMM + "DocumentID", id),
            new XElement(XmpMM + "InstanceID", id));
        var xmp = new XElement(XNs + "xmpmeta", new XAttribute(XNamespace.Xmlns + "x", XNs),
            new XElement(Rdf + "RDF", new XAttribute(XNamespace.Xmlns + "rdf", Rdf), description));
        return "<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n" + xmp.ToString(SaveOptions.DisableFormatting) + "\n";
    }
}
