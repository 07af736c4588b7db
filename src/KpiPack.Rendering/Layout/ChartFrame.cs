namespace KpiPack.Rendering.Layout;

/// <summary>
/// Where the parts of one chart go inside its area: the y axis's labels down the left (right-aligned against the
/// axis), the month labels along the bottom, the plot between. Months are centred in equal slots, so the first and
/// last points keep clear of the frame; values map linearly from the axis's minimum at the bottom to its maximum at
/// the top. Pure arithmetic, so the layout tests can check it without drawing.
/// </summary>
internal sealed record ChartFrame(Rect Area, Rect Plot, float LabelSize)
{
    private const float TickLength = 2;
    private const float LabelGap = 1.5f;

    /// <param name="xLabelWidth">The widest month label: the last is centred on the last month, so half of it may stand out to the right of the plot.</param>
    public static ChartFrame Of(Rect area, float yLabelWidth, float xLabelWidth, float labelSize)
    {
        var left = area.Left + yLabelWidth + TickLength + LabelGap;
        // Half a label's height above the plot, so the top tick's label is not cut off.
        var top = area.Top + labelSize * 0.6f;
        var bottom = area.Bottom - (TickLength + LabelGap + labelSize * 1.2f);
        return new ChartFrame(area, new Rect(left, top, area.Right - Math.Max(2, xLabelWidth / 2 + 1), bottom), labelSize);
    }

    public float X(int index, int months) => Plot.Left + (index + 0.5f) / months * Plot.Width;

    public float Y(decimal value, decimal min, decimal max) =>
        max == min ? Plot.MidY : Plot.Bottom - (float)((value - min) / (max - min)) * Plot.Height;

    /// <summary>The right edge of the y labels, and their baseline for a tick at <paramref name="y"/>.</summary>
    public float YLabelRight => Plot.Left - TickLength - LabelGap;

    public float YLabelBaseline(float y) => y + LabelSize * 0.35f;

    public float XLabelBaseline => Plot.Bottom + TickLength + LabelGap + LabelSize * 0.9f;

    public float TickOutside => TickLength;
}
