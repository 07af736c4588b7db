namespace KpiPack.Core.Packs;

/// <summary>
/// The optional parts of an appendix table, named in the pack file's "columns" list. Ref and indicator are
/// always shown. The Early Help appendix of the Jul-19 agenda pack, for one, has no outcome and no DoT.
/// </summary>
public enum AppendixPart
{
    Owner,
    Reporter,
    Outcome,
    Months,
    Trend,
    Changes,
    Polarity,
    Average,
    Maximum,
    Benchmarks,
    Targets,
    Commentary,

    /// <summary>The statistical process control marks: variation and assurance.</summary>
    Spc,

    /// <summary>The exceptions page before the table.</summary>
    Exceptions,
}
