namespace KpiPack.Core.Spc;

/// <summary>A rule's mark on one point: its direction (None where the rule does not flag it) and the index its run starts at.</summary>
public readonly record struct RuleMark(SpcDirection Direction, int Since)
{
    public static readonly RuleMark None = new(SpcDirection.None, -1);

    public bool Flags => Direction != SpcDirection.None;
}

/// <summary>
/// The four special-cause rules over one period's figures, each a pure function giving every point its mark. A point
/// on the mean is on neither side; a point on a limit is inside it; an equal figure breaks a rise or a fall.
/// </summary>
public static class SpcRules
{
    /// <summary>+1 above the mean, -1 below, 0 on it.</summary>
    public static int[] SidesOfMean(IReadOnlyList<decimal> xs, decimal mean) => xs.Select(x => Math.Sign(x - mean)).ToArray();

    /// <summary>Above the upper process limit or below the lower one.</summary>
    public static RuleMark[] OutsideLimits(IReadOnlyList<decimal> xs, SpcLimits limits) =>
        xs.Select((x, i) => x > limits.Upper ? new RuleMark(SpcDirection.High, i) : x < limits.Lower ? new RuleMark(SpcDirection.Low, i) : RuleMark.None).ToArray();

    /// <summary>A shift: at least <paramref name="length"/> points in a row on the same side of the mean; every point of the run is flagged.</summary>
    public static RuleMark[] Shift(IReadOnlyList<int> sides, int length) =>
        Runs(sides.Count, length, (i, start) => sides[i] != 0 && (i == start || sides[i] == sides[start]), start => sides[start] > 0 ? SpcDirection.High : SpcDirection.Low);

    /// <summary>
    /// A trend in one direction: at least <paramref name="length"/> points each higher (<see cref="SpcDirection.High"/>)
    /// or each lower than the one before; every point of the run is flagged.
    /// </summary>
    public static RuleMark[] Trend(IReadOnlyList<decimal> xs, int length, SpcDirection direction) =>
        Runs(xs.Count, length, (i, start) => i == start || (direction == SpcDirection.High ? xs[i] > xs[i - 1] : xs[i] < xs[i - 1]), _ => direction);

    /// <summary>
    /// Making Data Count's trend: rising and falling runs, a point at the turn of two (the top of a rise that then
    /// falls) taken by the run that goes on from it, as NHSRplotthedots does.
    /// </summary>
    public static RuleMark[] Trend(IReadOnlyList<decimal> xs, int length)
    {
        var rising = Trend(xs, length, SpcDirection.High);
        var falling = Trend(xs, length, SpcDirection.Low);
        return rising.Zip(falling, (r, f) => (r.Flags, f.Flags) switch
        {
            (true, true) => r.Since > f.Since ? r : f,
            (true, false) => r,
            _ => f,
        }).ToArray();
    }

    /// <summary>
    /// Making Data Count's two of three: in three points in a row all on the same side of the mean, at least two lie
    /// close to a limit (beyond two-thirds of the way to it, but not beyond it); those close points are flagged.
    /// </summary>
    public static RuleMark[] TwoOfThreeClose(IReadOnlyList<decimal> xs, IReadOnlyList<int> sides, SpcLimits limits)
    {
        var close = xs.Select(x => x >= limits.Lower && x <= limits.Upper && (x < limits.NearLower || x > limits.NearUpper)).ToArray();
        return TwoOfThreeClose(close, sides);
    }

    /// <summary>The same, given which points are close to a limit and each point's side of the mean.</summary>
    public static RuleMark[] TwoOfThreeClose(IReadOnlyList<bool> close, IReadOnlyList<int> sides) =>
        TwoOfThree(close.Count, i => close[i], start => Math.Abs(sides[start] + sides[start + 1] + sides[start + 2]) == 3,
            start => sides[start] > 0 ? SpcDirection.High : SpcDirection.Low);

    /// <summary>
    /// The Western Electric reading of two of three (KpiPack's before issue 29): two of three points in a row beyond the
    /// same two-thirds line, a point beyond the limit counting too, the third anywhere.
    /// </summary>
    public static RuleMark[] TwoOfThreeBeyond(IReadOnlyList<decimal> xs, SpcLimits limits)
    {
        var high = TwoOfThree(xs.Count, i => xs[i] > limits.NearUpper, _ => true, _ => SpcDirection.High);
        var low = TwoOfThree(xs.Count, i => xs[i] < limits.NearLower, _ => true, _ => SpcDirection.Low);
        return high.Zip(low, (h, l) => h.Flags ? h : l).ToArray();
    }

    /// <summary>Flags the points that pass <paramref name="counts"/> in every window of three that holds two or more of them and passes <paramref name="window"/>.</summary>
    private static RuleMark[] TwoOfThree(int count, Func<int, bool> counts, Func<int, bool> window, Func<int, SpcDirection> direction)
    {
        var marks = Enumerable.Repeat(RuleMark.None, count).ToArray();
        for (var start = 0; start + 2 < count; start++)
        {
            var members = Enumerable.Range(start, 3).Where(counts).ToList();
            if (members.Count < 2 || !window(start)) continue;
            foreach (var i in members)
                if (!marks[i].Flags) marks[i] = new RuleMark(direction(start), members[0]);
        }
        return marks;
    }

    /// <summary>
    /// Marks every maximal run of at least <paramref name="length"/> points, where <paramref name="continues"/> says
    /// whether point i carries on the run that began at start (it is asked of the start itself too).
    /// </summary>
    private static RuleMark[] Runs(int count, int length, Func<int, int, bool> continues, Func<int, SpcDirection> direction)
    {
        var marks = Enumerable.Repeat(RuleMark.None, count).ToArray();
        var start = 0;
        while (start < count)
        {
            if (!continues(start, start)) { start++; continue; }
            var end = start;
            while (end + 1 < count && continues(end + 1, start)) end++;
            if (end - start + 1 >= length)
                for (var i = start; i <= end; i++) marks[i] = new RuleMark(direction(start), start);
            start = end + 1;
        }
        return marks;
    }
}
