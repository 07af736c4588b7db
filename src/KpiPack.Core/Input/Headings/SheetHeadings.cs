using KpiPack.Core.Model;

namespace KpiPack.Core.Input.Headings;

/// <summary>One column of a header row and what KpiPack makes of it.</summary>
public sealed record HeadingColumn(int Column, string Text, KnownHeading? Heading, Month? Month);

/// <summary>
/// A sheet's header row matched against <see cref="KnownHeadings"/>: which column holds what, and a word about every
/// column that is not read, so none is dropped without one.
/// </summary>
public sealed class SheetHeadings
{
    private readonly Sheet _sheet;
    private readonly HeadingFile _file;
    private readonly IReadOnlySet<string> _packColumns;

    private SheetHeadings(Sheet sheet, HeadingFile file, IReadOnlySet<string> packColumns, IReadOnlyList<HeadingColumn> columns)
    {
        _sheet = sheet;
        _file = file;
        _packColumns = packColumns;
        Columns = columns;
    }

    public IReadOnlyList<HeadingColumn> Columns { get; }

    /// <param name="packColumns">Catalogue columns the pack prints by name (a benchmark such as own_2021_22): kept, not unknown.</param>
    public static SheetHeadings Of(Sheet sheet, HeadingFile file, IEnumerable<string>? packColumns = null)
    {
        var columns = new List<HeadingColumn>();
        for (var column = 0; column < sheet.Header.Cells.Count; column++)
        {
            var cell = sheet.Header[column];
            var text = cell.Text.Trim();
            var month = cell.AsMonth();
            columns.Add(new HeadingColumn(column, text, month is null ? KnownHeadings.Of(text) : null, month));
        }
        return new SheetHeadings(sheet, file, (packColumns ?? []).Select(c => c.ToLowerInvariant()).ToHashSet(), columns);
    }

    /// <summary>The first column headed as <paramref name="key"/>, or -1.</summary>
    public int ColumnOf(string key) => Columns.FirstOrDefault(c => c.Heading?.Key == key)?.Column ?? -1;

    public IEnumerable<HeadingColumn> Months => Columns.Where(c => c.Month is not null);

    public IEnumerable<HeadingColumn> Targets => Columns.Where(c => c.Heading?.Key == KnownHeadings.TargetKey);

    /// <summary>Columns the pack names, or that no row of the table knows: kept with each indicator by lower-case heading.</summary>
    public bool IsOther(HeadingColumn column) => column.Heading is null && column.Month is null && column.Text.Length > 0;

    public HeadingUse? UseOf(HeadingColumn column) =>
        column.Month is not null ? (_file == HeadingFile.Workbook ? HeadingUse.Read : HeadingUse.OtherFile) : column.Heading?.In(_file);

    /// <summary>
    /// Refuses two columns read as one thing (which would be read would be chance), and says once which columns are
    /// not read and why: the council's own derived figures, a column that belongs in the other file, and each heading
    /// KpiPack does not know, with the nearest one it does.
    /// </summary>
    /// <param name="alsoRead">Columns the caller reads whatever their heading (a Values sheet's first column is its refs).</param>
    public void Check(Findings findings, IReadOnlyCollection<int>? alsoRead = null)
    {
        RefuseDuplicates();
        SayOnce(findings, Columns.Where(c => UseOf(c) == HeadingUse.Derived).ToList(),
            "figures KpiPack works out itself from the values (changes, arrows, 12-month average and maximum), so not read");
        var otherFile = _file == HeadingFile.Catalogue ? "the workbook" : "the catalogue";
        SayOnce(findings, Columns.Where(c => UseOf(c) == HeadingUse.OtherFile).ToList(), $"read from {otherFile}, not from here");
        foreach (var column in Columns.Where(c => IsOther(c) && !_packColumns.Contains(c.Text.ToLowerInvariant()) && alsoRead?.Contains(c.Column) != true))
            findings.Warning(HeaderCell(column.Column), KnownHeadings.LooksLikeTarget(column.Text)
                ? $"column '{column.Text}' is not read as a target: head a target column with its financial year, e.g. Target 2024-25 " +
                  "or target_2024_25; without it that year has no target and no RAG"
                : Unknown(column.Text));
        foreach (var column in Columns.Where(c => c.Heading == KnownHeadings.Target && KnownHeadings.TargetYear(c.Text) is null))
            throw new InputException(HeaderCell(column.Column),
                $"a target column names a financial year, two years that follow one another: e.g. Target 2019-20 or target_2019_20");
    }

    private void RefuseDuplicates()
    {
        var seen = new Dictionary<string, HeadingColumn>();
        // Months are the Values sheet's to refuse, with the column each month is already in.
        foreach (var column in Columns.Where(c => c.Month is null && UseOf(c) is HeadingUse.Read or HeadingUse.Checked or HeadingUse.Kept))
        {
            var key = column.Heading == KnownHeadings.Target ? $"target {KnownHeadings.TargetYear(column.Text)}"
                : column.Heading!.Key;
            if (seen.TryGetValue(key, out var first))
            {
                var message = string.Equals(first.Text, column.Text, StringComparison.OrdinalIgnoreCase)
                    ? $"the header has '{column.Text}' twice (first in column {_sheet.ColumnName(first.Column)})"
                    : $"'{column.Text}' and column {_sheet.ColumnName(first.Column)} are both read as {Describe(column)}: keep one";
                throw new InputException(HeaderCell(column.Column), message);
            }
            seen[key] = column;
        }
    }

    private static string Describe(HeadingColumn column) =>
        column.Heading == KnownHeadings.Target ? $"the target for {KnownHeadings.TargetYear(column.Text)}"
        : $"'{column.Heading!.Key}'";

    private void SayOnce(Findings findings, IReadOnlyList<HeadingColumn> columns, string why)
    {
        if (columns.Count == 0) return;
        var months = columns.Where(c => c.Month is not null).ToList();
        var named = columns.Where(c => c.Month is null).Select(c => $"'{c.Text}'").ToList();
        if (months.Count > 0) named.Insert(0, months.Count == 1 ? months[0].Month!.Value.Label : $"{months.Count} month columns ({months[0].Month!.Value.Label} to {months[^1].Month!.Value.Label})");
        var at = columns.Count == 1 ? HeaderCell(columns[0].Column) : new InputLocation(_sheet.File, _sheet.Name, _sheet.Header.Number);
        findings.Warning(at, $"{(columns.Count == 1 ? "column" : "columns")} {string.Join(", ", named)}: {why}");
    }

    /// <summary>The warning for a heading no row knows: a slip for a known one, or the nearest one KpiPack knows.</summary>
    private string Unknown(string text)
    {
        var present = Columns.Where(c => c.Heading is not null).Select(c => c.Heading!).ToHashSet();
        var candidates = KnownHeadings.All.Where(h => h.In(_file) is HeadingUse.Read && h.Key is not (KnownHeadings.TargetKey or KnownHeadings.MonthsKey)).ToList();
        if (NearMiss.Meant(text, candidates.Select(h => h.Key)) is { } meant && !present.Contains(KnownHeadings.Named(meant)))
            return $"column '{text}' is not used: did you mean '{meant}'? Without it {KnownHeadings.Named(meant).WithoutIt}";
        var nearest = Nearest(text);
        return $"column '{text}' is not used: it is not a heading KpiPack knows (the nearest is '{nearest.Name}', {nearest.Heading.Meaning}); " +
            "rename it if it is one, or remove it";
    }

    /// <summary>The known name (a key or an alias) fewest edits from <paramref name="text"/>.</summary>
    private static (string Name, KnownHeading Heading) Nearest(string text)
    {
        var wanted = HeadingText.Normalise(text);
        return KnownHeadings.All
            .SelectMany(h => new[] { h.Key }.Concat(h.Aliases.Select(a => a.TrimEnd('*'))).Select(name => (Name: name, Heading: h)))
            .Where(n => n.Name != KnownHeadings.MonthsKey)
            .MinBy(n => NearMiss.Distance(wanted, HeadingText.Normalise(n.Name)));
    }

    private InputLocation HeaderCell(int column) => new(_sheet.File, _sheet.Name, _sheet.Header.Number, _sheet.ColumnName(column));
}
