namespace KpiPack.Rendering.Pdf;

/// <summary>
/// The document information a PDF carries. <see cref="Created"/> is fixed by the caller (the report month),
/// never the clock, so two builds of the same input are byte-identical.
/// </summary>
internal sealed record PdfMetadata(string Title, string Subject, string Author, DateTime Created)
{
    public string Creator { get; init; } = "KpiPack";
}
