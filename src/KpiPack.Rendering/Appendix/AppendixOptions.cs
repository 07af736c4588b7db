using KpiPack.Core.Packs;

namespace KpiPack.Rendering.Appendix;

public enum PageSize { A4, A3 }

/// <summary>What the clerk and the data team choose about an appendix, beyond its figures.</summary>
public sealed record AppendixOptions
{
    /// <summary>The service the dataset reports on, printed at the top of every page: "Children and Families".</summary>
    public required string Service { get; init; }

    /// <summary>Where the benchmarks come from: "Updated Mar-19, using 17-18 data".</summary>
    public string BenchmarkCaption { get; init; } = "";

    public string Author { get; init; } = "";
    public string? AgendaItem { get; init; }
    public string? AppendixNumber { get; init; }

    /// <summary>How many months of values are shown: 13 puts the same month last year beside this one.</summary>
    public int MonthsShown { get; init; } = 13;

    public PageSize PageSize { get; init; } = PageSize.A4;

    /// <summary>The optional parts of the table shown; ref and indicator always are.</summary>
    public IReadOnlySet<AppendixPart> Parts { get; init; } = Enum.GetValues<AppendixPart>().ToHashSet();

    /// <summary>"Agenda Item 7 / Appendix 1", or null without both numbers.</summary>
    public string? Stamp => (AgendaItem, AppendixNumber) switch
    {
        (null, null) => null,
        (var item, null) => $"Agenda Item {item}",
        (null, var appendix) => $"Appendix {appendix}",
        var (item, appendix) => $"Agenda Item {item}\nAppendix {appendix}",
    };
}
