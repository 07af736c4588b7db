namespace KpiPack.Core.Model;

/// <summary>
/// One month's cell for one indicator: a number, or a marker such as "tbc" or "-" that the
/// appendix prints as it is. A marker or a blank is a missing value, never zero.
/// </summary>
public sealed record Observation(decimal? Number, string Marker)
{
    public static readonly Observation Blank = new(null, "");

    /// <summary>Markers a data team writes for a figure that is not available (compared case-insensitively).</summary>
    public static readonly IReadOnlyList<string> KnownMarkers = ["tbc", "-", "n/a", "na", "..", "x", "c", "*"];

    public bool IsNumber => Number is not null;

    public static Observation Of(decimal number) => new(number, "");

    /// <summary>Reads a cell's text; null when it is neither a number nor a known marker.</summary>
    public static Observation? FromText(string? text)
    {
        var trimmed = text?.Trim() ?? "";
        if (trimmed.Length == 0) return Blank;
        if (NumberText.TryParse(trimmed, out var number)) return Of(number);
        return KnownMarkers.Contains(trimmed, StringComparer.OrdinalIgnoreCase) ? new Observation(null, trimmed) : null;
    }

    public override string ToString() => Number is { } n ? NumberText.Format(n) : Marker;
}
