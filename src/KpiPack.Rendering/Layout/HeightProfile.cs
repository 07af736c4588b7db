namespace KpiPack.Rendering.Layout;

/// <summary>
/// How tall one cell is at every width it may be given, found once by jumping from each width at which its
/// content's layout changes to the next (<see cref="IElement.NextBreakWidth"/>). The optimiser then asks for a
/// height or for the next width that makes the cell shorter without laying the content out again.
/// </summary>
internal sealed class HeightProfile
{
    // Guards against elements whose next break does not move on; 0.001pt is far below the widths' 0.5pt grid.
    private const float LeastStep = 0.001f;
    private const int MostSteps = 20_000;

    // Content widths, ascending, each with the cell's height (padding included) from it up to the next.
    private readonly float[] _widths;
    private readonly float[] _heights;

    private HeightProfile(float[] widths, float[] heights)
    {
        _widths = widths;
        _heights = heights;
    }

    /// <summary>The profile of <paramref name="content"/> in a cell, from its minimum width up to <paramref name="widest"/>.</summary>
    public static HeightProfile Of(IElement content, float padding, float widest)
    {
        var widths = new List<float>();
        var heights = new List<float>();
        var width = content.MinimumWidth;
        for (var step = 0; step < MostSteps; step++)
        {
            var height = content.Measure(width) + 2 * padding;
            if (heights.Count == 0 || height != heights[^1])
            {
                widths.Add(width);
                heights.Add(height);
            }
            var next = content.NextBreakWidth(width);
            if (!(next <= widest)) break;
            width = Math.Max(next, width + LeastStep);
        }
        return new HeightProfile(widths.ToArray(), heights.ToArray());
    }

    public float HeightAt(float contentWidth) => _heights[IndexAt(contentWidth)];

    /// <summary>The least content width above <paramref name="contentWidth"/> at which the cell is shorter, or null.</summary>
    public float? NextShorterWidth(float contentWidth)
    {
        var index = IndexAt(contentWidth);
        for (var i = index + 1; i < _widths.Length; i++)
            if (_heights[i] < _heights[index]) return _widths[i];
        return null;
    }

    // The last width not above contentWidth; the first when contentWidth is below them all (the optimiser never
    // goes below a cell's minimum width, so that only happens to a caller's own narrower query).
    private int IndexAt(float contentWidth)
    {
        var found = Array.BinarySearch(_widths, contentWidth);
        return found >= 0 ? found : Math.Max(0, ~found - 1);
    }
}
