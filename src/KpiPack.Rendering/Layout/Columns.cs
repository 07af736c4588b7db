namespace KpiPack.Rendering.Layout;

/// <summary>A column of a <see cref="Columns"/> row: a fixed width, or null to share what the fixed ones leave.</summary>
internal sealed record Column(IElement Content, float? Width = null);

/// <summary>Elements side by side, as tall as the tallest.</summary>
internal sealed record Columns(IReadOnlyList<Column> Items, float Gap = 0) : IElement
{
    public float Measure(float width) =>
        Items.Zip(Widths(width)).Select(p => p.First.Content.Measure(p.Second)).DefaultIfEmpty(0).Max();

    public void Draw(ICanvas canvas, Rect area)
    {
        var left = area.Left;
        foreach (var (item, width) in Items.Zip(Widths(area.Width)))
        {
            item.Content.Draw(canvas, new Rect(left, area.Top, left + width, area.Bottom));
            left += width + Gap;
        }
    }

    public IReadOnlyList<float> Widths(float width)
    {
        var fixedWidth = Items.Sum(i => i.Width ?? 0) + Gap * Math.Max(0, Items.Count - 1);
        var flexible = Items.Count(i => i.Width is null);
        var share = flexible == 0 ? 0 : Math.Max(0, width - fixedWidth) / flexible;
        return Items.Select(i => i.Width ?? share).ToList();
    }

    public override string ToString() => $"Columns({Items.Count})";
}
