namespace KpiPack.Core.Appendix;

/// <summary>
/// A colour of the appendix, written once for both editions: the PDF draws it through PDFsharp, the HTML
/// style sheet into a hex code, so the two cannot drift apart.
/// </summary>
public readonly record struct Rgb(byte Red, byte Green, byte Blue)
{
    public static readonly Rgb White = new(0xFF, 0xFF, 0xFF);
    public static readonly Rgb Black = new(0x00, 0x00, 0x00);

    /// <summary>"#1f3a5f", as CSS writes it.</summary>
    public string Hex => $"#{Red:x2}{Green:x2}{Blue:x2}";

    public override string ToString() => Hex;
}
