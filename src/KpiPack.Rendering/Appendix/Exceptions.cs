using KpiPack.Core.Deriving;
using KpiPack.Core.Spc;

namespace KpiPack.Rendering.Appendix;

/// <summary>
/// What a scrutiny chair may want to raise first: signals of concern, then of improvement, indicators failing their
/// target, and movements of 10% or more that came with no commentary. Empty groups are left out.
/// </summary>
public static class Exceptions
{
    public static IReadOnlyList<(string Heading, IReadOnlyList<DerivedRow> Rows)> Of(IReadOnlyList<DerivedRow> rows) =>
        new (string Heading, Func<DerivedRow, bool> Test)[]
        {
            ("Special cause: concern", r => r.Spc.Variation is SpcVariation.ConcernHigh or SpcVariation.ConcernLow),
            ("Special cause: improvement", r => r.Spc.Variation is SpcVariation.ImprovementHigh or SpcVariation.ImprovementLow),
            ("Failing the target", r => r.Rag == Rag.Red || r.Spc.Assurance == SpcAssurance.Fail),
            ("A movement of 10% or more with no commentary", r => r.Commentary.Length == 0
                && new[] { r.FromPreviousMonth, r.FromPreviousYear }.Any(m => m is { Direction: not Direction.Similar })),
        }
        .Select(group => (group.Heading, (IReadOnlyList<DerivedRow>)rows.Where(group.Test).ToList()))
        .Where(group => group.Item2.Count > 0)
        .ToList();
}
