using KpiPack.Core.Model;

namespace KpiPack.Core.Input;

/// <summary>
/// Reads the monthly values and commentary: a long-format .csv (ref, month, value, commentary) or an
/// .xlsx/.xls workbook with a "Values" sheet (a column per month) and an optional "Commentary" sheet.
/// Every ref must be in the catalogue and every (ref, month) may appear once.
/// </summary>
public static class WorkbookReader
{
    public const string ValuesSheet = "Values";
    public const string CommentarySheet = "Commentary";

    /// <summary>Reads the workbook, or throws every error found in it.</summary>
    public static MonthlyValues Read(string path, Catalogue catalogue)
    {
        var findings = new Findings();
        var values = Read(path, catalogue, findings);
        findings.ThrowIfErrors();
        return values!;
    }

    /// <summary>Reads what it can, adding a finding for each bad cell; null when the file cannot be read at all.</summary>
    public static MonthlyValues? Read(string path, Catalogue catalogue, Findings findings) => ReadWithCells(path, catalogue, findings)?.Values;

    /// <summary>As <see cref="Read(string, Catalogue, Findings)"/>, with the cell each value was read from.</summary>
    public static (MonthlyValues Values, IReadOnlyDictionary<(string Ref, Month Month), InputLocation> Cells)? ReadWithCells(
        string path, Catalogue catalogue, Findings findings)
    {
        var collector = new Collector(catalogue, findings);
        var readable = findings.Try(() =>
        {
            SheetFiles.RequireReadable(path, "workbook");
            if (SheetFiles.IsExcel(path)) ReadWorkbook(path, collector);
            else ReadLongCsv(CsvSheetReader.Read(path, findings), collector);
            collector.ReportUnknownRefs();
        });
        if (!readable) return null;
        // Computed here, where the workbook is read, rather than later in the pipeline: whoever reads a workbook gets
        // the formula indicators' values with the others, and derive, validate and build need no change.
        var values = FormulaValues.Compute(catalogue, collector.ToMonthlyValues(path), findings);
        // A formula indicator's (blank) cells are not where its values came from.
        var cells = collector.ValueCells.Where(c => collector.FormulaOf(c.Key.Ref) is null).ToDictionary();
        return (values, cells);
    }

    /// <summary>The columns of a long sheet (the .csv, or the Commentary sheet), with what is lost without each.</summary>
    private static readonly Dictionary<string, string> LongColumns = new(StringComparer.OrdinalIgnoreCase)
    {
        ["ref"] = "no row can be read",
        ["month"] = "no row can be read",
        ["value"] = "no value can be read",
        ["commentary"] = "no commentary is printed",
    };

    private static void CheckHeader(Sheet sheet, Findings findings)
    {
        HeaderChecks.RefuseDuplicates(sheet, LongColumns.ContainsKey);
        HeaderChecks.WarnAboutNearMisses(sheet, LongColumns, findings);
    }

    /// <summary>ref,month,value[,commentary]: one row per indicator and month.</summary>
    private static void ReadLongCsv(Sheet sheet, Collector collector)
    {
        CheckHeader(sheet, collector.Findings);
        var refColumn = Required(sheet, "ref");
        var monthColumn = Required(sheet, "month");
        var valueColumn = Required(sheet, "value");
        var commentaryColumn = sheet.ColumnOf("commentary");
        foreach (var row in sheet.Rows)
        {
            collector.Findings.Try(() =>
            {
                if (collector.KnownRef(sheet, row, refColumn) is not { } reference) return;
                var month = ReadMonth(sheet, row, monthColumn);
                var value = collector.ReadValue(sheet, row, valueColumn, reference);
                collector.AddValue(sheet.At(row, valueColumn), reference, month, value);
                if (commentaryColumn >= 0) collector.AddCommentary(sheet.At(row, commentaryColumn), reference, month, row[commentaryColumn].Text);
            });
        }
    }

    private static void ReadWorkbook(string path, Collector collector)
    {
        var sheets = ExcelSheetReader.ReadAll(path);
        var names = sheets.Select(s => s.Name ?? "").ToList();
        var values = Named(sheets, ValuesSheet)
            ?? throw new InputException(new InputLocation(path),
                $"no sheet named '{ValuesSheet}' (the sheets are: {string.Join(", ", names)}){Suggestion(names, ValuesSheet)}");
        ReadValuesSheet(values, collector);
        if (Named(sheets, CommentarySheet) is { } commentary) ReadCommentarySheet(commentary, collector);
        else if (names.FirstOrDefault(n => NearMiss.Meant(n, [CommentarySheet]) is not null) is { } slip)
            collector.Findings.Warning(new InputLocation(path, slip),
                $"sheet '{slip}' is not read: did you mean '{CommentarySheet}'? Without it no commentary is printed");
    }

    private static Sheet? Named(IEnumerable<Sheet> sheets, string name) =>
        sheets.FirstOrDefault(s => string.Equals(s.Name, name, StringComparison.OrdinalIgnoreCase));

    private static string Suggestion(IEnumerable<string> names, string wanted) =>
        names.FirstOrDefault(n => NearMiss.Meant(n, [wanted]) is not null) is { } slip ? $": rename '{slip}' to '{wanted}'" : "";

    /// <summary>Ref in the first column, then one column per month headed by a date or a label such as Jun-20.</summary>
    private static void ReadValuesSheet(Sheet sheet, Collector collector)
    {
        var monthColumns = new List<(int Column, Month Month)>();
        for (var column = 1; column < sheet.Header.Cells.Count; column++)
        {
            var header = sheet.Header[column];
            if (header.IsEmpty) continue;
            var month = header.AsMonth() ?? throw new InputException(
                new InputLocation(sheet.File, sheet.Name, sheet.Header.Number, sheet.ColumnName(column)),
                header.Date is not null
                    ? $"header '{header.Text}' {Implausible}"
                    : $"header '{header.Text}' is not a month: use a date, or text such as Jun-20 or 2020-06");
            var earlier = monthColumns.FindIndex(m => m.Month == month);
            if (earlier >= 0)
                throw new InputException(new InputLocation(sheet.File, sheet.Name, sheet.Header.Number, sheet.ColumnName(column)),
                    $"month {month.Label} is already in column {Sheet.ColumnLetter(monthColumns[earlier].Column)}");
            monthColumns.Add((column, month));
        }

        var rowOfRef = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var row in sheet.Rows)
        {
            string? reference = null;
            if (!collector.Findings.Try(() => reference = collector.KnownRef(sheet, row, 0)) || reference is null) continue;
            if (rowOfRef.TryGetValue(reference!, out var earlier))
            {
                collector.Findings.Error(sheet.At(row, 0), $"ref '{reference}' appears twice (first at row {earlier})");
                continue;
            }
            rowOfRef[reference!] = row.Number;
            foreach (var (column, month) in monthColumns)
                collector.Findings.Try(() => collector.AddValue(sheet.At(row, column), reference!, month, collector.ReadValue(sheet, row, column, reference!)));
        }
    }

    /// <summary>Columns Ref, Month, Commentary.</summary>
    private static void ReadCommentarySheet(Sheet sheet, Collector collector)
    {
        CheckHeader(sheet, collector.Findings);
        var refColumn = Required(sheet, "ref");
        var monthColumn = Required(sheet, "month");
        var commentaryColumn = Required(sheet, "commentary");
        foreach (var row in sheet.Rows)
        {
            collector.Findings.Try(() =>
            {
                if (collector.KnownRef(sheet, row, refColumn) is not { } reference) return;
                var month = ReadMonth(sheet, row, monthColumn);
                collector.AddCommentary(sheet.At(row, commentaryColumn), reference, month, row[commentaryColumn].Text);
            });
        }
    }

    private static int Required(Sheet sheet, string name)
    {
        var column = sheet.ColumnOf(name);
        return column >= 0
            ? column
            : throw new InputException(new InputLocation(sheet.File, sheet.Name, sheet.Header.Number), $"the header has no '{name}' column");
    }

    private static Month ReadMonth(Sheet sheet, SheetRow row, int column) =>
        row[column].AsMonth() ?? throw new InputException(sheet.At(row, column),
            row[column].Date is not null
                ? $"'{row[column].Text}' {Implausible}"
                : $"'{row[column].Text}' is not a month: write it as yyyy-mm, e.g. 2020-06");

    // Excel shows an empty date (0) as 00/01/1900, which ExcelDataReader reads as 31 December 1899.
    private const string Implausible =
        "is a date outside 1900 to 2999, not a plausible month: is the cell 0 or empty but formatted as a date?";


    /// <summary>Gathers values and commentary, refusing unknown refs and a second cell for the same ref and month.</summary>
    private sealed class Collector(Catalogue catalogue, Findings findings)
    {
        public Findings Findings { get; } = findings;

        private readonly Dictionary<string, Indicator> _indicators = catalogue.Indicators.ToDictionary(i => i.Ref, StringComparer.Ordinal);
        private readonly Dictionary<(string, Month), Observation> _values = [];
        private readonly Dictionary<(string, Month), InputLocation> _valueOrigins = [];
        private readonly Dictionary<(string, Month), string> _commentary = [];
        private readonly Dictionary<(string, Month), InputLocation> _commentaryOrigins = [];

        // Each unknown ref with the first cell it is in and how many rows give it: one error per ref, not per row.
        private readonly Dictionary<string, (InputLocation First, int Rows)> _unknownRefs = new(StringComparer.Ordinal);

        /// <summary>The row's ref, or null when the catalogue lacks it (reported once per ref by <see cref="ReportUnknownRefs"/>).</summary>
        public string? KnownRef(Sheet sheet, SheetRow row, int column)
        {
            var reference = row[column].Text.Trim();
            if (reference.Length == 0) throw new InputException(sheet.At(row, column), "the ref is empty");
            if (_indicators.ContainsKey(reference)) return reference;
            _unknownRefs[reference] = _unknownRefs.TryGetValue(reference, out var seen)
                ? seen with { Rows = seen.Rows + 1 }
                : (sheet.At(row, column), 1);
            return null;
        }

        public void ReportUnknownRefs()
        {
            foreach (var (reference, (first, rows)) in _unknownRefs)
            {
                var meant = MeantRef(reference);
                Findings.Error(first, $"ref '{reference}' is not in the catalogue ({catalogue.SourceFile})" +
                    (meant is null ? "" : $": did you mean '{meant}'?") +
                    (rows > 1 ? $" (and {rows - 1} more {(rows == 2 ? "row" : "rows")} with it)" : ""));
            }
        }

        /// <summary>A catalogue ref that differs from <paramref name="reference"/> only in case or spacing.</summary>
        private string? MeantRef(string reference)
        {
            var squashed = Squash(reference);
            var matches = _indicators.Keys.Where(k => Squash(k) == squashed).Take(2).ToList();
            return matches.Count == 1 ? matches[0] : null;
        }

        private static string Squash(string reference) =>
            new(reference.ToUpperInvariant().Where(c => !char.IsWhiteSpace(c) && c is not ('-' or '_')).ToArray());

        public Observation ReadValue(Sheet sheet, SheetRow row, int column, string reference)
        {
            var value = ValueText.Read(row[column], _indicators[reference], sheet.At(row, column), Findings);
            // Two sources for one figure would leave it to chance which is printed. A blank is no value (a commentary
            // row for the indicator, or a month column the row has no figure in).
            if (FormulaOf(reference) is { } formula && value != Observation.Blank)
                throw new InputException(sheet.At(row, column),
                    $"{reference} is computed by its formula in the catalogue ({formula}), so the workbook gives it no values: " +
                    $"leave this cell blank (it has '{row[column].Text.Trim()}')");
            return value;
        }

        public Formula? FormulaOf(string reference) => _indicators.GetValueOrDefault(reference)?.Formula;

        public void AddValue(InputLocation at, string reference, Month month, Observation value)
        {
            if (_valueOrigins.TryGetValue((reference, month), out var earlier))
                throw new InputException(at, $"{reference} already has a value for {month.Label} (at {earlier})");
            _valueOrigins[(reference, month)] = at;
            _values[(reference, month)] = value;
        }

        public void AddCommentary(InputLocation at, string reference, Month month, string text)
        {
            text = TextCleaner.Clean(text.Trim(), at, Findings);
            if (text.Length == 0) return;
            if (_commentaryOrigins.TryGetValue((reference, month), out var earlier))
                throw new InputException(at, $"{reference} already has commentary for {month.Label} (at {earlier})");
            _commentaryOrigins[(reference, month)] = at;
            _commentary[(reference, month)] = text;
        }

        public IReadOnlyDictionary<(string Ref, Month Month), InputLocation> ValueCells => _valueOrigins;

        public MonthlyValues ToMonthlyValues(string sourceFile) => new(sourceFile, _values, _commentary);
    }
}
