namespace KpiPack.Core.Input;

/// <summary>Checks on a sheet's header row that every reader makes: no column read twice, no slip left unsaid.</summary>
internal static class HeaderChecks
{
    /// <summary>Two columns with one name would leave it to chance which is read.</summary>
    public static void RefuseDuplicates(Sheet sheet, Func<string, bool> isRead)
    {
        var seen = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var column = 0; column < sheet.Header.Cells.Count; column++)
        {
            var name = sheet.Header[column].Text.Trim();
            if (!isRead(name)) continue;
            if (seen.TryGetValue(name, out var first))
                throw new InputException(HeaderCell(sheet, column),
                    $"the header has '{name}' twice (first in column {sheet.ColumnName(first)})");
            seen[name] = column;
        }
    }

    /// <summary>
    /// A warning for each header that is probably one of the <paramref name="withoutIt"/> columns misspelt (it would
    /// be ignored), saying what is lost.
    /// </summary>
    public static void WarnAboutNearMisses(Sheet sheet, IReadOnlyDictionary<string, string> withoutIt, Findings findings)
    {
        for (var column = 0; column < sheet.Header.Cells.Count; column++)
        {
            var name = sheet.Header[column].Text.Trim();
            if (name.Length == 0) continue;
            if (NearMiss.Meant(name, withoutIt.Keys) is { } meant && sheet.ColumnOf(meant) < 0)
                findings.Warning(HeaderCell(sheet, column), $"column '{name}' is not used: did you mean '{meant}'? Without it {withoutIt[meant]}");
        }
    }

    public static InputLocation HeaderCell(Sheet sheet, int column) =>
        new(sheet.File, sheet.Name, sheet.Header.Number, sheet.ColumnName(column));
}
