namespace KpiPack.Rendering.Layout;

/// <summary>
/// Content that cannot be laid out on the page at all: a header taller than the page, a table wider than it. It comes
/// from what the user's files say (a title of a hundred words), so the editions report it as bad input, not a fault.
/// </summary>
internal sealed class LayoutException(string message) : InvalidOperationException(message);
