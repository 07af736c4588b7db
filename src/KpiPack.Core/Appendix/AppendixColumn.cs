using KpiPack.Core.Deriving;
using KpiPack.Core.Model;
using KpiPack.Core.Packs;

namespace KpiPack.Core.Appendix;

/// <summary>What a column holds, which is what each edition needs to know to size it and style it.</summary>
public enum ColumnKind
{
    /// <summary>The indicator's ref: short, bold, never broken over two lines.</summary>
    Ref,

    /// <summary>The indicator's wording: the row's header.</summary>
    Name,

    /// <summary>A few words: owner, reporter.</summary>
    Text,

    /// <summary>A sentence or more: the outcome.</summary>
    LongText,

    /// <summary>A number, right-aligned: a month's value, an average, a benchmark, a target.</summary>
    Figure,

    /// <summary>A mark with a colour: a movement, the polarity, an SPC reading.</summary>
    Mark,

    Sparkline,
    Commentary,
}

/// <summary>
/// One column of the appendix, the same in both editions: the group heading it sits under (columns with the same
/// group share one), its own heading, the pack's column key that shows it (null: always shown), and its cell for
/// each indicator.
/// </summary>
public sealed record AppendixColumn(string Group, string Label, ColumnKind Kind, AppendixPart? Part, Func<DerivedRow, Cell> Cell)
{
    /// <summary>The group and the label as one heading, where a column stands without its group: "% change from previous month".</summary>
    public string Heading => Group.Length == 0 ? Label : $"{Group} {Label}";

    /// <summary>The month a month's column shows; null for every other column.</summary>
    public Month? Month { get; init; }

    /// <summary>A column left out of a table where it is empty on every row, as a target column for a year with no targets.</summary>
    public bool LeftOutWhenEmpty { get; init; }

    public override string ToString() => Heading;
}
