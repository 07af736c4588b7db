using KpiPack.Core.Model;

namespace KpiPack.Core.Building;

/// <summary>What a build is asked for beyond the pack file: which months and appendices, and where one PDF goes.</summary>
public sealed record BuildRequest
{
    public required IReadOnlyList<Month> Months { get; init; }

    /// <summary>Only this appendix of the pack; for a pack of one, the number its stamp gets. Null: all of them.</summary>
    public string? Appendix { get; init; }

    /// <summary>The one PDF to write instead of the pack's output name (one appendix of one month).</summary>
    public string? Output { get; init; }

    /// <summary>The folder the pack's outputs go to instead of the pack folder, under the names the pack gives them.</summary>
    public string? OutputFolder { get; init; }

    /// <summary>The service named on every page, over the pack's.</summary>
    public string? Service { get; init; }

    /// <summary>Also write the derived table beside each PDF, for a spreadsheet.</summary>
    public bool Csv { get; init; }
}

/// <summary>A build that cannot be done as asked (a usage error, not bad data).</summary>
public sealed class RequestException(string message) : Exception(message);
