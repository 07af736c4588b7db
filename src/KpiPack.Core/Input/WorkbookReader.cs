using KpiPack.Core.Input.Headings;
using KpiPack.Core.Model;

namespace KpiPack.Core.Input;

/// <summary>
/// Reads the monthly values and commentary: a .csv, long (ref, month, value, commentary) or wide (a ref column and a
/// column per month), told apart by its header; or an .xlsx/.xls workbook with a "Values" sheet (a column per month)
/// and an optional "Commentary" sheet. Every ref must be in the catalogue and every (ref, month) may appear once.
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
            else ReadCsv(CsvSheetReader.Read(path, findings), collector);
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

    /// <summary>
    /// A long sheet has a month column; a wide one a column per month. Told apart by the header, so a workbook's Values
    /// sheet saved as CSV reads as it is.
    /// </summary>
    private static void ReadCsv(Sheet sheet, Collector collector)
    {
        sheet = ValuesLayout.FromRefHeading(sheet);
        var headings = SheetHeadings.Of(sheet, HeadingFile.Workbook);
        if (headings.ColumnOf("month") < 0 && headings.Months.Any()) ReadValuesSheet(sheet, collector);
        else ReadLongCsv(sheet, headings, collector);
    }

    /// <summary>ref,month,value[,commentary]: one row per indicator and month.</summary>
    private static void ReadLongCsv(Sheet sheet, SheetHeadings headings, Collector collector)
    {
        headings.Check(collector.Findings);
        var refColumn = Required(sheet, headings, "ref");
        var monthColumn = Required(sheet, headings, "month");
        var valueColumn = Required(sheet, headings, "value");
        var commentaryColumn = headings.ColumnOf("commentary");
        var texts = new CheckedTexts(sheet, headings, collector);
        foreach (var row in sheet.Rows)
        {
            if (ValuesLayout.IsRepeatedHeader(row, refColumn)) continue;
            collector.Findings.Try(() =>
            {
                if (collector.KnownRef(sheet, row, refColumn) is not { } reference) return;
                texts.Check(row, reference);
                var month = ReadMonth(sheet, row, monthColumn);
                var value = collector.ReadValue(sheet, row, valueColumn, reference);
                collector.AddValue(sheet.At(row, valueColumn), reference, month, value);
                if (commentaryColumn >= 0) collector.AddCommentary(sheet.At(row, commentaryColumn), reference, month, row[commentaryColumn].Text);
            });
        }
        texts.Report();
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

    /// <summary>
    /// The ref column (headed as a ref, else the first), then text columns KpiPack checks against the catalogue
    /// (indicator, owner...), then one column per month headed by a date or a label such as Jun-20, then any of the
    /// council's derived columns. Title rows above the header, a repeated header and a section's heading row are skipped.
    /// </summary>
    private static void ReadValuesSheet(Sheet sheet, Collector collector)
    {
        sheet = ValuesLayout.FromRefHeading(sheet);
        var headings = SheetHeadings.Of(sheet, HeadingFile.Workbook);
        var refColumn = ValuesLayout.RefColumn(headings);
        RefuseWhatIsNotAMonth(sheet, headings, refColumn);
        headings.Check(collector.Findings, alsoRead: [refColumn]);
        var monthColumns = new List<(int Column, Month Month)>();
        foreach (var heading in headings.Months.Where(h => h.Column > refColumn))
        {
            var month = heading.Month!.Value;
            var earlier = monthColumns.FindIndex(m => m.Month == month);
            if (earlier >= 0)
                throw new InputException(new InputLocation(sheet.File, sheet.Name, sheet.Header.Number, sheet.ColumnName(heading.Column)),
                    $"month {month.Label} is already in column {Sheet.ColumnLetter(monthColumns[earlier].Column)}");
            monthColumns.Add((heading.Column, month));
        }

        var commentaryColumn = headings.ColumnOf("commentary");
        var commentaryMonth = commentaryColumn >= 0 ? CommentaryMonth(sheet, commentaryColumn, monthColumns) : default;
        var texts = new CheckedTexts(sheet, headings, collector);
        var rowOfRef = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var row in sheet.Rows)
        {
            if (ValuesLayout.IsRepeatedHeader(row, refColumn) || ValuesLayout.IsLayoutRow(row, refColumn, monthColumns.Select(m => m.Column), collector.Catalogue))
                continue;
            string? reference = null;
            if (!collector.Findings.Try(() => reference = collector.KnownRef(sheet, row, refColumn)) || reference is null) continue;
            if (rowOfRef.TryGetValue(reference!, out var earlier))
            {
                collector.Findings.Error(sheet.At(row, refColumn), $"ref '{reference}' appears twice (first at row {earlier})");
                continue;
            }
            rowOfRef[reference!] = row.Number;
            texts.Check(row, reference!);
            foreach (var (column, month) in monthColumns)
                collector.Findings.Try(() => collector.AddValue(sheet.At(row, column), reference!, month, collector.ReadValue(sheet, row, column, reference!)));
            if (commentaryColumn >= 0)
                collector.Findings.Try(() => collector.AddCommentary(sheet.At(row, commentaryColumn), reference!, commentaryMonth, row[commentaryColumn].Text));
        }
        texts.Report();
    }

    /// <summary>
    /// The month a commentary column beside the months speaks of: the one its heading names ("Commentary (Jun-19):"),
    /// else the last month column's, as the council writes commentary for the report month.
    /// </summary>
    private static Month CommentaryMonth(Sheet sheet, int column, IReadOnlyList<(int Column, Month Month)> months)
    {
        var heading = sheet.Header[column].Text;
        var named = heading.Split(['(', ')', ':'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Select(part => Month.TryParse(part, out var month) ? month : (Month?)null)
            .FirstOrDefault(m => m is not null);
        if (named is { } month) return month;
        return months.Count > 0 ? months.Max(m => m.Month)
            : throw new InputException(new InputLocation(sheet.File, sheet.Name, sheet.Header.Number, sheet.ColumnName(column)),
                "a commentary column needs the month it speaks of, in its heading (Commentary (Jun-20)) or as month columns beside it");
    }

    /// <summary>
    /// A heading KpiPack does not know, among or after the months (or where there are none), is most likely a month
    /// mistyped: refused, as a month's figures would otherwise go unread. One before the months is a text column, named
    /// in a warning by <see cref="SheetHeadings.Check"/>.
    /// </summary>
    private static void RefuseWhatIsNotAMonth(Sheet sheet, SheetHeadings headings, int refColumn)
    {
        var firstMonth = headings.Months.Where(h => h.Column > refColumn).Select(h => h.Column).DefaultIfEmpty(int.MaxValue).Min();
        foreach (var column in headings.Columns.Where(c => c.Column > refColumn && c.Month is null && c.Heading is null && !sheet.Header[c.Column].IsEmpty))
        {
            if (column.Column < firstMonth && firstMonth != int.MaxValue) continue;
            var header = sheet.Header[column.Column];
            throw new InputException(new InputLocation(sheet.File, sheet.Name, sheet.Header.Number, sheet.ColumnName(column.Column)),
                header.Date is not null
                    ? $"header '{header.Text}' {Implausible}"
                    : $"header '{header.Text}' is not a month: use a date, or text such as Jun-20 or 2020-06");
        }
    }

    /// <summary>Columns Ref, Month, Commentary.</summary>
    private static void ReadCommentarySheet(Sheet sheet, Collector collector)
    {
        sheet = ValuesLayout.FromRefHeading(sheet);
        var headings = SheetHeadings.Of(sheet, HeadingFile.Workbook);
        headings.Check(collector.Findings);
        var refColumn = Required(sheet, headings, "ref");
        var monthColumn = Required(sheet, headings, "month");
        var commentaryColumn = Required(sheet, headings, "commentary");
        foreach (var row in sheet.Rows)
        {
            if (ValuesLayout.IsRepeatedHeader(row, refColumn)) continue;
            collector.Findings.Try(() =>
            {
                if (collector.KnownRef(sheet, row, refColumn) is not { } reference) return;
                var month = ReadMonth(sheet, row, monthColumn);
                collector.AddCommentary(sheet.At(row, commentaryColumn), reference, month, row[commentaryColumn].Text);
            });
        }
    }

    private static int Required(Sheet sheet, SheetHeadings headings, string name)
    {
        var column = headings.ColumnOf(name);
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

        public Catalogue Catalogue => catalogue;

        public Indicator? IndicatorOf(string reference) => _indicators.GetValueOrDefault(reference);

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

    /// <summary>
    /// The text columns a workbook may repeat from the catalogue (indicator, owner, reporter, outcome, section): the
    /// catalogue's are printed, so where the two disagree it is said, once a column.
    /// </summary>
    private sealed class CheckedTexts(Sheet sheet, SheetHeadings headings, Collector collector)
    {
        private readonly List<HeadingColumn> _columns = headings.Columns.Where(c => c.Heading?.InWorkbook == HeadingUse.Checked).ToList();
        private readonly Dictionary<int, List<(string Ref, string Here, string There, InputLocation At)>> _disagreements = [];

        public void Check(SheetRow row, string reference)
        {
            if (collector.IndicatorOf(reference) is not { } indicator) return;
            foreach (var column in _columns)
            {
                var here = row[column.Column].Text.Trim();
                var there = CatalogueText(indicator, column.Heading!.Key);
                if (here.Length == 0 || Squashed(here) == Squashed(there)) continue;
                if (!_disagreements.TryGetValue(column.Column, out var list)) _disagreements[column.Column] = list = [];
                list.Add((reference, here, there, sheet.At(row, column.Column)));
            }
        }

        public void Report()
        {
            foreach (var (_, list) in _disagreements.OrderBy(d => d.Key))
            {
                var (reference, here, there, at) = list[0];
                var more = list.Count > 1 ? $" (and {list.Count - 1} more {(list.Count == 2 ? "row" : "rows")}: {string.Join(", ", list.Skip(1).Take(5).Select(d => d.Ref))}{(list.Count > 6 ? ", ..." : "")})" : "";
                collector.Findings.Warning(at, $"{reference} is '{Shortened(here)}' here but {(there.Length == 0 ? "blank" : $"'{Shortened(there)}'")} in the catalogue, whose text is printed{more}");
            }
        }

        private static string CatalogueText(Indicator indicator, string key) => key switch
        {
            "indicator" => indicator.Name,
            "owner" => indicator.Owner,
            "reporter" => indicator.Reporter,
            "outcome" => indicator.Outcome,
            "section" => indicator.Section,
            _ => "",
        };

        // Spacing and case are how a cell was typed, not what it says.
        private static string Squashed(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToUpperInvariant();

        private static string Shortened(string text) => text.Length > 60 ? text[..57] + "..." : text;
    }
}
