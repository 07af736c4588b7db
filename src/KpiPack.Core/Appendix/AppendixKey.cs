namespace KpiPack.Core.Appendix;

/// <summary>One entry of a key: words, and the swatch they explain when there is one.</summary>
public sealed record KeyItem(string Text, Swatch? Swatch = null)
{
    /// <summary>An icon or point mark drawn before the words, as beside the exceptions' charts.</summary>
    public ChartIcon? Icon { get; init; }
}

/// <summary>
/// A key above the table ("Key to direction of travel: ..."). <see cref="Explanation"/> is a fuller sentence for
/// the HTML edition, where there is room for it.
/// </summary>
public sealed record AppendixKey(string Label, IReadOnlyList<KeyItem> Items, string? Explanation = null)
{
    /// <summary>"Increase 10% or more ↑ / Similar → / Decrease 10% or more ↓".</summary>
    public string ItemsText => string.Join(" / ", Items.Select(i => i.Text));

    /// <summary>The key that carries the pack's benchmark caption, the one key whose words are the user's.</summary>
    public const string BenchmarkLabel = "Benchmarking:";
}
