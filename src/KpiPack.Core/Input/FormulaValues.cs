using KpiPack.Core.Model;

namespace KpiPack.Core.Input;

/// <summary>
/// Fills in the values of the catalogue's formula indicators, every month of the workbook, from the values read.
/// Called at the end of reading the workbook (<see cref="WorkbookReader"/>), so that every reader of a workbook (a
/// build, validate, derive, the tests' sample, the fuzzer) gets the computed values in <see cref="MonthlyValues"/>
/// and nothing downstream needs to know that a value was computed rather than typed.
/// </summary>
public static class FormulaValues
{
    /// <summary>The values with each formula indicator's computed ones; the same values when the catalogue has no formulas.</summary>
    /// <exception cref="InvalidOperationException">The formulas form a cycle (the catalogue reader refuses these).</exception>
    public static MonthlyValues Compute(Catalogue catalogue, MonthlyValues read)
    {
        var formulas = catalogue.Indicators.Where(i => i.Formula is not null).ToDictionary(i => i.Ref, i => i.Formula!, StringComparer.Ordinal);
        if (formulas.Count == 0) return read;

        var values = new Dictionary<(string Ref, Month Month), Observation>();
        foreach (var month in read.Months)
        {
            // In dependency order: a formula that uses another formula indicator computes that one first.
            var computed = new Dictionary<string, Observation>(StringComparer.Ordinal);
            var inProgress = new HashSet<string>(StringComparer.Ordinal);
            Observation ValueOf(string reference)
            {
                if (!formulas.TryGetValue(reference, out var formula)) return read.ValueOf(reference, month);
                if (computed.TryGetValue(reference, out var done)) return done;
                if (!inProgress.Add(reference)) throw new InvalidOperationException($"the formula of {reference} depends on its own value");
                var value = formula.Evaluate(ValueOf);
                inProgress.Remove(reference);
                return computed[reference] = value;
            }
            foreach (var reference in formulas.Keys) values[(reference, month)] = ValueOf(reference);
        }
        return read.With(values);
    }
}
