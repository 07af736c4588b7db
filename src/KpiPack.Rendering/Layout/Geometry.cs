namespace KpiPack.Rendering.Layout;

/// <summary>A width and height in points.</summary>
internal readonly record struct Size(float Width, float Height);

/// <summary>A rectangle in points, y growing down the page as a reader reads it.</summary>
internal readonly record struct Rect(float Left, float Top, float Right, float Bottom)
{
    public float Width => Right - Left;
    public float Height => Bottom - Top;
    public float MidX => (Left + Right) / 2;
    public float MidY => (Top + Bottom) / 2;

    public Rect Inflate(float by) => new(Left - by, Top - by, Right + by, Bottom + by);

    public Rect Deflate(float by) => Inflate(-by);

    /// <summary>Whether the two share some area (touching edges do not count).</summary>
    public bool Overlaps(Rect other, float tolerance = 0.01f) =>
        Math.Min(Right, other.Right) - Math.Max(Left, other.Left) > tolerance &&
        Math.Min(Bottom, other.Bottom) - Math.Max(Top, other.Top) > tolerance;

    public override string ToString() => FormattableString.Invariant($"({Left:0.##},{Top:0.##})-({Right:0.##},{Bottom:0.##})");
}

/// <summary>A point in points.</summary>
internal readonly record struct Point(float X, float Y);
