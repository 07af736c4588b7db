namespace KpiPack.Rendering.Pdf;

/// <summary>
/// The appendix cannot be laid out on the page: the columns a pack asks for do not fit across it even at their
/// narrowest (each as wide as its longest word, number or ref), or a title leaves no room for the table. A setting or
/// a text to change, not a fault.
/// </summary>
public sealed class PageTooNarrowException(string message) : Exception(message);
