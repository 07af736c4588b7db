using System.Xml;

namespace KpiPack.Rendering.Html;

/// <summary>
/// HTML written through an XML writer, so every piece of text from the workbook is escaped by construction and
/// no markup is ever built by joining strings. Elements always get an end tag (HTML has no self-closing td).
/// </summary>
internal sealed class HtmlWriter : IDisposable
{
    private static readonly HashSet<string> Void = ["meta", "br", "link"];
    private readonly XmlWriter _xml;
    private readonly Stack<string> _open = new();

    public HtmlWriter(Stream output)
    {
        var writer = new StreamWriter(output, new System.Text.UTF8Encoding(false), leaveOpen: true) { NewLine = "\n" };
        writer.Write("<!DOCTYPE html>\n");
        _xml = XmlWriter.Create(writer, new XmlWriterSettings
        {
            OmitXmlDeclaration = true,
            ConformanceLevel = ConformanceLevel.Fragment,
            Indent = false,
            CloseOutput = true,
        });
    }

    public HtmlWriter Open(string element, params (string Name, string? Value)[] attributes)
    {
        _xml.WriteStartElement(element);
        foreach (var (name, value) in attributes)
            if (value is not null) _xml.WriteAttributeString(name, Printable(value));
        _open.Push(element);
        if (Void.Contains(element)) Close();
        return this;
    }

    public HtmlWriter Close()
    {
        var element = _open.Pop();
        if (Void.Contains(element)) _xml.WriteEndElement();
        else _xml.WriteFullEndElement();
        return this;
    }

    public HtmlWriter Text(string text)
    {
        _xml.WriteString(Printable(text));
        return this;
    }

    /// <summary>
    /// The text without what XML cannot carry (control characters, U+FFFE and U+FFFF, half of a surrogate pair).
    /// The readers and the build remove these with a warning; this is the last guard, so that text from anywhere
    /// can never leave the writer in an error state part-way through a page.
    /// </summary>
    internal static string Printable(string text)
    {
        for (var i = 0; i < text.Length; i++)
            if (!IsCarried(text, i)) return string.Concat(text.Where((_, j) => IsCarried(text, j)));
        return text;
    }

    private static bool IsCarried(string text, int i)
    {
        var c = text[i];
        if (char.IsHighSurrogate(c)) return i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]);
        if (char.IsLowSurrogate(c)) return i > 0 && char.IsHighSurrogate(text[i - 1]);
        return XmlConvert.IsXmlChar(c);
    }

    /// <summary>An element holding only text.</summary>
    public HtmlWriter Element(string element, string text, params (string Name, string? Value)[] attributes) =>
        Open(element, attributes).Text(text).Close();

    /// <summary>Text a screen reader says and the eye does not see: what a colour or a glyph means.</summary>
    public HtmlWriter Hidden(string text) => Element("span", text, ("class", "visually-hidden"));

    /// <summary>Trusted, fixed markup of KpiPack's own (the style sheet); never user text.</summary>
    public HtmlWriter Raw(string markup)
    {
        _xml.WriteRaw(markup);
        return this;
    }

    public void Dispose()
    {
        while (_open.Count > 0) Close();
        _xml.Dispose();
    }
}
