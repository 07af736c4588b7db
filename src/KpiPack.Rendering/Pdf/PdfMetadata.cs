namespace KpiPack.Rendering.Pdf;

/// <summary>
/// The document information a PDF carries. <see cref="Created"/> is fixed by the caller (the report month),
/// never the clock, so two builds of the same input are byte-identical.
/// </summary>
internal sealed record PdfMetadata(string Title, string Subject, string Author, DateTime Created)
{
    public string Creator { get; init; } = "KpiPack";

    /// <summary>The language the document is written in, as a BCP 47 tag: what a screen reader reads it in.</summary>
    public string Language { get; init; } = "en-GB";
}
