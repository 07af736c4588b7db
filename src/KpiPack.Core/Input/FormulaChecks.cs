using KpiPack.Core.Model;

namespace KpiPack.Core.Input;

/// <summary>
/// What makes the catalogue's formulas impossible to compute: a ref no indicator has, and formulas that need their
/// own value (a cycle, however long). Both are errors at the formula's cell.
/// </summary>
internal static class FormulaChecks
{
    public static void Check(IReadOnlyList<Indicator> indicators, IReadOnlyDictionary<string, InputLocation> formulaCells, Findings findings)
    {
        var byRef = indicators.ToDictionary(i => i.Ref, StringComparer.Ordinal);
        foreach (var indicator in indicators.Where(i => i.Formula is not null))
            foreach (var unknown in indicator.Formula!.Refs.Where(r => !byRef.ContainsKey(r)))
                findings.Error(formulaCells[indicator.Ref], unknown.Length == 0
                    ? $"{indicator.Ref}'s formula has an empty ref []: write the ref of an indicator in the catalogue"
                    : $"{indicator.Ref}'s formula uses [{unknown}], which is not a ref in the catalogue");

        foreach (var cycle in Cycles(indicators, byRef))
        {
            // Named at the cycle's first row, so the error points at the same place whichever way round it is read.
            var first = indicators.First(i => cycle.Contains(i.Ref)).Ref;
            var start = cycle.IndexOf(first);
            var path = cycle.Skip(start).Concat(cycle.Take(start)).Append(first);
            findings.Error(formulaCells[first],
                $"{first}'s formula is part of a cycle ({string.Join(" → ", path)}): a formula cannot depend on its own value");
        }
    }

    /// <summary>Each cycle once, as the refs along it; a depth-first walk that meets a ref still on its path has found one.</summary>
    private static List<List<string>> Cycles(IReadOnlyList<Indicator> indicators, Dictionary<string, Indicator> byRef)
    {
        var cycles = new List<List<string>>();
        var done = new HashSet<string>(StringComparer.Ordinal);
        var path = new List<string>();
        var onPath = new HashSet<string>(StringComparer.Ordinal);

        void Visit(string reference)
        {
            if (done.Contains(reference)) return;
            if (onPath.Contains(reference))
            {
                cycles.Add(path.Skip(path.IndexOf(reference)).ToList());
                return;
            }
            if (byRef.GetValueOrDefault(reference)?.Formula is not { } formula) return;
            path.Add(reference);
            onPath.Add(reference);
            foreach (var used in formula.Refs) Visit(used);
            path.RemoveAt(path.Count - 1);
            onPath.Remove(reference);
            done.Add(reference);
        }

        foreach (var indicator in indicators.Where(i => i.Formula is not null)) Visit(indicator.Ref);
        return cycles;
    }
}
