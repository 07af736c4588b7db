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
    /// <summary>
    /// The values with each formula indicator's computed ones; the same values when the catalogue has no formulas. A
    /// result too large to be a figure (over a trillion, as for a typed value) is an error in <paramref name="findings"/>
    /// and n/a in the values, so that nothing downstream sums figures past decimal's range.
    /// </summary>
    /// <exception cref="InvalidOperationException">The formulas form a cycle (the catalogue reader refuses these).</exception>
    public static MonthlyValues Compute(Catalogue catalogue, MonthlyValues read, Findings findings)
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
        foreach (var reference in formulas.Keys)
        {
            var tooLarge = read.Months.Where(m => values[(reference, m)].Number is { } n && Math.Abs(n) > ValueText.Largest).ToList();
            if (tooLarge.Count == 0) continue;
            var first = values[(reference, tooLarge[0])].Number!.Value;
            findings.Error(new InputLocation(catalogue.SourceFile),
                $"{reference}'s formula ({formulas[reference]}) gives {NumberText.Format(first)} for {tooLarge[0].Label}" +
                $"{(tooLarge.Count > 1 ? $" (and {tooLarge.Count - 1} other month{(tooLarge.Count > 2 ? "s" : "")})" : "")}: over a trillion, too large to be a figure");
            foreach (var month in tooLarge) values[(reference, month)] = Observation.Missing(Formula.NotApplicable);
        }
        return read.With(values);
    }
}
