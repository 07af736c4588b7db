namespace KpiPack.Rendering.Pdf;

/// <summary>
/// The columns a pack asks for do not fit across the page even at their narrowest (each as wide as its longest word,
/// number or ref): a setting to change, not a fault.
/// </summary>
public sealed class PageTooNarrowException(string message) : Exception(message);
