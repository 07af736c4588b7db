using KpiPack.Core.Deriving;
using KpiPack.Core.Spc;

namespace KpiPack.Core.Appendix;

/// <summary>One group of exceptions: its heading and the indicators in it.</summary>
public sealed record ExceptionGroup(string Heading, IReadOnlyList<DerivedRow> Rows)
{
    /// <summary>"Special cause: concern (3)".</summary>
    public string Title => $"{Heading} ({Rows.Count})";
}

/// <summary>
/// What a scrutiny chair may want to raise first: signals of concern, then of improvement, then unusual signals (of an
/// indicator with no better direction), indicators failing their target, and movements of 10% or more that came with
/// no commentary. Empty groups are left out.
/// </summary>
public static class Exceptions
{
    public static IReadOnlyList<ExceptionGroup> Of(IReadOnlyList<DerivedRow> rows) =>
        new (string Heading, Func<DerivedRow, bool> Test)[]
        {
            ("Special cause: concern", r => r.Spc.Variation is SpcVariation.ConcernHigh or SpcVariation.ConcernLow),
            ("Special cause: improvement", r => r.Spc.Variation is SpcVariation.ImprovementHigh or SpcVariation.ImprovementLow),
            ("Special cause: unusual", r => r.Spc.Variation is SpcVariation.NeutralHigh or SpcVariation.NeutralLow),
            ("Failing the target", r => r.Rag == Rag.Red || r.Spc.Assurance == SpcAssurance.Fail),
            ("A movement of 10% or more with no commentary", r => r.MovedWithoutCommentary),
        }
        .Select(group => new ExceptionGroup(group.Heading, rows.Where(group.Test).ToList()))
        .Where(group => group.Rows.Count > 0)
        .ToList();
}
