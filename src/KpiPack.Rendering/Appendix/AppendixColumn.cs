using KpiPack.Core.Deriving;
using KpiPack.Rendering.Layout;

namespace KpiPack.Rendering.Appendix;

/// <summary>
/// One column of the appendix table: the group heading it sits under (columns with the same group share a
/// heading cell), its own heading, its width, and how it fills a cell for an indicator.
/// Flexible columns take the width the others leave.
/// </summary>
internal sealed record AppendixColumn(string Group, string Label, float Width, Func<DerivedRow, TableCell> Cell, bool Flexible = false);
