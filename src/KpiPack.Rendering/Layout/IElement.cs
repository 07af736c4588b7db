namespace KpiPack.Rendering.Layout;

/// <summary>
/// A piece of a page. It answers two questions: how tall it is at a given width, and how to draw itself
/// into an area. Pagination only ever asks the first; drawing only the second.
/// </summary>
internal interface IElement
{
    float Measure(float width);

    /// <summary>The narrowest width the element can take without breaking inside a word.</summary>
    float MinimumWidth => 0;

    /// <summary>
    /// The next width above <paramref name="width"/> worth measuring: at any width between the two the element is
    /// laid out as at <paramref name="width"/>. Infinite when no width can make it shorter. The column-width optimiser
    /// jumps from one to the next instead of trying every point; an element that cannot tell steps by a point.
    /// </summary>
    float NextBreakWidth(float width) => width + 1;

    void Draw(ICanvas canvas, Rect area);

    /// <summary>
    /// Splits the element so that the head fits in <paramref name="height"/>; the tail is what is left, or null.
    /// Used only for content taller than a page. Elements that cannot split stay whole in the head.
    /// </summary>
    (IElement Head, IElement? Tail) Split(float width, float height) => (this, null);
}
