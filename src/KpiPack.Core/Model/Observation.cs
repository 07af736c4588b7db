namespace KpiPack.Core.Model;

/// <summary>
/// One month's cell for one indicator: a number, or a marker such as "tbc" or "-" that the
/// appendix prints as it is. A marker or a blank is a missing value, never zero.
/// </summary>
/// <remarks>
/// Never a number and a marker at once: the constructor is private and the properties have no setter or init
/// accessor, so the only ways in are <see cref="Of"/>, <see cref="Missing"/>, <see cref="Blank"/> and
/// <see cref="FromText"/>, and a <c>with</c> expression cannot set either property.
/// </remarks>
public sealed record Observation
{
    public static readonly Observation Blank = new(null, "");

    /// <summary>Markers a data team writes for a figure that is not available (compared case-insensitively).</summary>
    public static readonly IReadOnlyList<string> KnownMarkers = ["tbc", "-", "n/a", "na", "..", "x", "c", "*"];

    private Observation(decimal? number, string marker)
    {
        Number = number;
        Marker = marker;
    }

    /// <summary>The figure; null for a marker or a blank.</summary>
    public decimal? Number { get; }

    /// <summary>The marker as the workbook wrote it ("tbc", "TBC", "-"); empty for a number or a blank.</summary>
    public string Marker { get; }

    public bool IsNumber => Number is not null;

    public static Observation Of(decimal number) => new(number, "");

    /// <summary>A figure marked as not available; the marker must be one of <see cref="KnownMarkers"/>.</summary>
    /// <exception cref="ArgumentException">The marker is not a known one (a number, a blank, a typing slip).</exception>
    public static Observation Missing(string marker) =>
        KnownMarkers.Contains(marker, StringComparer.OrdinalIgnoreCase)
            ? new(null, marker)
            : throw new ArgumentException(
                $"'{marker}' is not a marker ({string.Join(", ", KnownMarkers)}): use Of for a number, Blank for an empty cell",
                nameof(marker));

    /// <summary>Reads a cell's text; null when it is neither a number nor a known marker.</summary>
    public static Observation? FromText(string? text)
    {
        var trimmed = text?.Trim() ?? "";
        if (trimmed.Length == 0) return Blank;
        if (NumberText.TryParse(trimmed, out var number)) return Of(number);
        return KnownMarkers.Contains(trimmed, StringComparer.OrdinalIgnoreCase) ? Missing(trimmed) : null;
    }

    public override string ToString() => Number is { } n ? NumberText.Format(n) : Marker;
}
