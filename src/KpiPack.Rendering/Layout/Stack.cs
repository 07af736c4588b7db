namespace KpiPack.Rendering.Layout;

/// <summary>Elements one below another, with a gap between them.</summary>
internal sealed record Stack(IReadOnlyList<IElement> Children, float Gap = 0) : IElement
{
    public float Measure(float width) =>
        Children.Sum(c => c.Measure(width)) + Gap * Math.Max(0, Children.Count - 1);

    public float MinimumWidth => Children.Select(c => c.MinimumWidth).DefaultIfEmpty(0).Max();

    public float NextBreakWidth(float width) =>
        Children.Select(c => c.NextBreakWidth(width)).DefaultIfEmpty(float.PositiveInfinity).Min();

    public void Draw(ICanvas canvas, Rect area)
    {
        var top = area.Top;
        foreach (var child in Children)
        {
            var height = child.Measure(area.Width);
            child.Draw(canvas, new Rect(area.Left, top, area.Right, top + height));
            top += height + Gap;
        }
    }

    public override string ToString() => $"Stack({Children.Count})";
}
