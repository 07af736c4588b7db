using System.Text.RegularExpressions;
using KpiPack.Core.Input;
using KpiPack.Core.Input.Headings;
using KpiPack.Core.Model;

namespace KpiPack.Core.Importing;

/// <summary>
/// Reads one sheet of the appendix workbook a council keeps today, laid out as it prints it: the clerk's stamp and the
/// titles above, the keys, the header (the first row that starts with a ref heading), a section's name on a row of its
/// own, the header repeated where the printout breaks, then per indicator its texts, a column per month, the derived
/// columns, the Percentage? flag, the benchmarks under their caption, targets per financial year and the commentary.
/// </summary>
public static partial class AppendixSheetReader
{
    public static ImportedAppendix Read(string path, string? sheetName)
    {
        SheetFiles.RequireReadable(path, "appendix workbook");
        if (!SheetFiles.IsExcel(path))
            throw new InputException(new InputLocation(path), "kpipack init --from reads the appendix workbook itself: an .xlsx or .xls file");
        var sheets = ExcelSheetReader.ReadAll(path);
        var sheet = Choose(path, sheets, sheetName);
        List<SheetRow> rows = [sheet.Header, .. sheet.Rows];
        var headerAt = rows.FindIndex(ValuesLayout.StartsWithRefHeading);
        return new Reading(sheet, rows, headerAt).Read();
    }

    private static Sheet Choose(string path, IReadOnlyList<Sheet> sheets, string? name)
    {
        var names = string.Join(", ", sheets.Select(s => $"'{s.Name}'"));
        if (name is not null)
            return sheets.FirstOrDefault(s => string.Equals(s.Name, name, StringComparison.OrdinalIgnoreCase))
                ?? throw new InputException(new InputLocation(path), $"no sheet named '{name}' (the sheets are: {names})");
        return sheets.FirstOrDefault(s => new[] { s.Header }.Concat(s.Rows).Any(ValuesLayout.StartsWithRefHeading))
            ?? throw new InputException(new InputLocation(path),
                $"no sheet has a header row starting with a ref heading such as 'Ref.' (the sheets are: {names}): name one with --sheet");
    }

    /// <summary>One pass over the sheet's rows, gathering what each is.</summary>
    private sealed class Reading(Sheet sheet, List<SheetRow> rows, int headerAt)
    {
        private readonly List<string> _recognised = [];
        private readonly List<string> _leftOut = [];
        private readonly List<string> _sections = [];
        private readonly List<ImportedIndicator> _indicators = [];
        private string? _agendaItem, _appendix, _caption, _service;
        private Month? _datasetMonth;

        private SheetRow _header = null!;
        private readonly Dictionary<string, int> _columnOf = [];
        private readonly List<(int Column, Month Month)> _months = [];
        private readonly List<(int Column, FinancialYear Year)> _targets = [];
        private readonly List<int> _changes = [];
        private int _firstBody;

        public ImportedAppendix Read()
        {
            if (headerAt < 0) throw new InputException(new InputLocation(sheet.File, sheet.Name), "no row starts with a ref heading such as 'Ref.'");
            foreach (var row in rows.Take(headerAt)) ReadTitleRow(row);
            ReadHeader();
            var reportMonth = _datasetMonth ?? CommentaryMonth() ?? (_months.Count > 0 ? _months.Max(m => m.Month)
                : throw new InputException(At(_header), "the header has no month columns (Jun-20, 2020-06 or dates)"));
            var (previousMonth, previousYear) = ChangeColumns(reportMonth);
            var section = "";
            var rowOfRef = new Dictionary<string, int>(StringComparer.Ordinal);
            var skippedHeaders = 0;
            foreach (var row in rows.Skip(_firstBody))
            {
                var refText = row[_columnOf["ref"]].Text.Trim();
                if (ValuesLayout.IsRefHeadingText(refText)) { skippedHeaders++; continue; }
                if (ReadStamp(row)) continue;
                var filled = row.Cells.Count(c => !c.IsEmpty);
                if (refText.Length == 0)
                {
                    ReadCaption(row);
                    continue;
                }
                if (filled == 1 && refText.Contains(' '))
                {
                    section = refText;
                    if (!_sections.Contains(section)) _sections.Add(section);
                    continue;
                }
                if (rowOfRef.TryGetValue(refText, out var first))
                {
                    _leftOut.Add($"row {row.Number}: ref '{refText}' again (first at row {first}), not read");
                    continue;
                }
                rowOfRef[refText] = row.Number;
                if (section.Length == 0)
                {
                    section = _service ?? sheet.Name ?? "";
                    _sections.Add(section);
                }
                _indicators.Add(ReadIndicator(row, refText, section, previousMonth, previousYear));
            }
            if (skippedHeaders > 0) _leftOut.Add($"{skippedHeaders} header {(skippedHeaders == 1 ? "row" : "rows")} repeated part-way down, skipped");
            if (_indicators.Count == 0) throw new InputException(At(_header), "no indicator rows under the header");
            return new ImportedAppendix
            {
                Sheet = sheet.Name ?? "",
                Service = _service ?? _sections.FirstOrDefault() ?? sheet.Name ?? "",
                AgendaItem = _agendaItem,
                AppendixNumber = _appendix,
                BenchmarkCaption = _caption ?? "",
                Months = _months.Select(m => m.Month).ToList(),
                ReportMonth = reportMonth,
                Indicators = _indicators,
                Sections = _sections,
                Recognised = _recognised,
                LeftOut = _leftOut,
            };
        }

        private void ReadTitleRow(SheetRow row)
        {
            if (ReadStamp(row) && row.Cells.Count(c => !c.IsEmpty) == StampCells(row)) return;
            ReadCaption(row);
            foreach (var cell in row.Cells.Where(c => !c.IsEmpty))
            {
                var text = cell.Text.Trim();
                if (DatasetTitle().Match(text) is { Success: true } dataset && Month.TryParse(dataset.Groups[1].Value, out var month)) _datasetMonth ??= month;
                else if (_service is null && IsTitle(text)) _service = text;
            }
        }

        private static bool IsTitle(string text) =>
            !Stamp().IsMatch(text) && !text.StartsWith("Benchmarking", StringComparison.OrdinalIgnoreCase) && !text.EndsWith(':')
            && !text.StartsWith("Key", StringComparison.OrdinalIgnoreCase) && text.Any(char.IsLetter)
            && text is not ("Positive" or "Similar" or "Negative") && !text.Contains("10% or more");

        /// <summary>The clerk's stamp ("Agenda Item 7", "Appendix 1") or a page number; true when the row holds nothing else.</summary>
        private bool ReadStamp(SheetRow row)
        {
            foreach (var cell in row.Cells.Where(c => !c.IsEmpty))
            {
                foreach (Match match in Stamp().Matches(cell.Text))
                {
                    if (match.Groups["item"].Success) _agendaItem ??= match.Groups["item"].Value;
                    if (match.Groups["appendix"].Success) _appendix ??= match.Groups["appendix"].Value;
                }
            }
            var stamps = StampCells(row);
            return stamps > 0 && stamps == row.Cells.Count(c => !c.IsEmpty);
        }

        private static int StampCells(SheetRow row) => row.Cells.Count(c => !c.IsEmpty && (Stamp().IsMatch(c.Text) || PageNumber().IsMatch(c.Text.Trim())));

        private void ReadCaption(SheetRow row)
        {
            foreach (var cell in row.Cells.Where(c => c.Text.TrimStart().StartsWith("Benchmarking", StringComparison.OrdinalIgnoreCase)))
                if (Bracketed().Match(cell.Text) is { Success: true } caption) _caption ??= caption.Groups[1].Value.Trim();
        }

        private void ReadHeader()
        {
            _header = rows[headerAt];
            _firstBody = headerAt + 1;
            ReadCaption(_header);
            // The council's first page heads the months and the benchmarks on a second row, under the captions.
            if (_firstBody < rows.Count && rows[_firstBody] is var under && IsSecondHeaderRow(under))
            {
                _header = _header with { Cells = Enumerable.Range(0, Math.Max(_header.Cells.Count, under.Cells.Count))
                    .Select(c => !under[c].IsEmpty && (_header[c].IsEmpty || IsCaption(_header[c].Text)) ? under[c] : _header[c]).ToList() };
                _firstBody++;
            }
            for (var column = 0; column < _header.Cells.Count; column++)
            {
                var cell = _header[column];
                var text = cell.Text.Trim();
                var name = $"column {Input.Sheet.ColumnLetter(column)}" + (text.Length > 0 ? $" '{Shortened(text)}'" : "");
                if (cell.AsMonth() is { } month) { _months.Add((column, month)); continue; }
                if (text.Length == 0)
                {
                    if (rows.Skip(_firstBody).Any(r => !r[column].IsEmpty)) _leftOut.Add($"{name} (no heading): not read");
                    continue;
                }
                var heading = KnownHeadings.Of(text);
                if (heading is null)
                {
                    _leftOut.Add($"{name}: not a heading KpiPack knows, not read");
                    continue;
                }
                if (heading.Key == KnownHeadings.TargetKey && KnownHeadings.TargetYear(text) is { } year)
                {
                    _targets.Add((column, year));
                    _recognised.Add($"{name}: the target for {year}");
                    continue;
                }
                if (heading.Key == "change") { _changes.Add(column); _recognised.Add($"{name}: the council's % change, compared (second opinion)"); continue; }
                if (heading.Key is "average" or "maximum") _recognised.Add($"{name}: the council's 12-month {heading.Key}, compared (second opinion)");
                else if (heading.InCatalogue == HeadingUse.Derived || heading.Key == "benchmark caption") { _leftOut.Add($"{name}: {heading.Meaning}, worked out by KpiPack, not read"); continue; }
                else _recognised.Add($"{name}: {heading.Key} ({heading.Meaning})");
                if (!_columnOf.TryAdd(heading.Key, column)) _leftOut.Add($"{name}: a second '{heading.Key}' column, not read");
            }
            if (_months.Count > 0)
                _recognised.Insert(0, $"{_months.Count} month columns, {_months[0].Month.Label} to {_months[^1].Month.Label}: the values");
            if (!_columnOf.ContainsKey("ref")) _columnOf["ref"] = _columnOf.GetValueOrDefault("ref_id", 0);
        }

        private static bool IsSecondHeaderRow(SheetRow row) =>
            row.Cells.FirstOrDefault(c => !c.IsEmpty) is not null && row.Cells.TakeWhile(c => c.IsEmpty).Any()
            && row.Cells.Any(c => c.AsMonth() is not null || KnownHeadings.Of(c.Text) is not null)
            && row.Cells.All(c => c.IsEmpty || c.AsMonth() is not null || KnownHeadings.Of(c.Text) is not null);

        private static bool IsCaption(string text) => text.TrimStart().StartsWith("Benchmarking", StringComparison.OrdinalIgnoreCase);

        private Month? CommentaryMonth()
        {
            if (!_columnOf.TryGetValue("commentary", out var column)) return null;
            return _header[column].Text.Split(['(', ')', ':'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
                .Select(part => Month.TryParse(part, out var month) ? month : (Month?)null).FirstOrDefault(m => m is not null);
        }

        /// <summary>Which printed change is from the previous month and which from the same month a year before.</summary>
        private (int PreviousMonth, int PreviousYear) ChangeColumns(Month report)
        {
            int month = -1, year = -1;
            foreach (var column in _changes)
            {
                var heading = HeadingText.Normalise(_header[column].Text);
                var words = heading.Split(' ');
                var named = words.Length >= 2 && Month.TryParse($"{words[^2]} {words[^1]}", out var m) ? m : (Month?)null;
                if (heading.Contains("previous month") || named == report.AddMonths(-1)) month = month < 0 ? column : month;
                else if (heading.Contains("same month") || heading.Contains("year") || heading.Contains(" yr") || named == report.AddMonths(-12)) year = year < 0 ? column : year;
            }
            var unplaced = _changes.Where(c => c != month && c != year).ToList();
            if (month < 0 && unplaced.Count > 0) { month = unplaced[0]; unplaced.RemoveAt(0); }
            if (year < 0 && unplaced.Count > 0) year = unplaced[0];
            return (month, year);
        }

        private ImportedIndicator ReadIndicator(SheetRow row, string reference, string section, int previousMonth, int previousYear)
        {
            string Text(string key) => _columnOf.TryGetValue(key, out var c) ? TextCleaner.Clean(row[c].Text.Trim(), At(row), new Findings()) : "";
            Cell? CellOf(int column) => column >= 0 && !row[column].IsEmpty ? row[column] : null;
            var values = _months.ToDictionary(m => m.Month, m => row[m.Column]);
            var name = Text("indicator");
            if (name.Length == 0) _leftOut.Add($"row {row.Number}: {reference} has no indicator name, so its ref is its name");
            var indicator = new Indicator
            {
                Ref = reference,
                Name = name.Length > 0 ? name : reference,
                Section = section,
                Owner = Text("owner"),
                Reporter = Text("reporter"),
                Outcome = Text("outcome"),
                Unit = UnitOf(Text("percentage"), Text("unit"), values.Values),
                Polarity = Text("polarity").ToLowerInvariant() switch { "▲" or "up" => Polarity.Up, "▼" or "down" => Polarity.Down, _ => Polarity.None },
                StatisticalNeighbours = Figure.Parse(Text("sn")),
                England = Figure.Parse(Text("england")),
                SouthEastRegion = Figure.Parse(Text("se_region")),
                Targets = _targets.Select(t => (t.Year, Figure: Figure.Parse(row[t.Column].Text.Trim())))
                    .Where(t => t.Figure is not null).ToDictionary(t => t.Year, t => t.Figure!),
            };
            var printed = new PrintedFigures(CellOf(previousMonth), CellOf(previousYear),
                CellOf(_columnOf.GetValueOrDefault("average", -1)), CellOf(_columnOf.GetValueOrDefault("maximum", -1)));
            return new ImportedIndicator(indicator, values, Text("commentary"), printed, row.Number);
        }

        /// <summary>The unit: the council's Percentage? flag (P or -), a unit column, or else the cells' own % format.</summary>
        private static Unit UnitOf(string flag, string unit, IEnumerable<Cell> values) =>
            unit.ToLowerInvariant() switch
            {
                "percent" or "%" => Unit.Percent,
                "rate" => Unit.Rate,
                "count" => Unit.Count,
                _ => flag.ToLowerInvariant() switch
                {
                    "p" or "%" or "yes" => Unit.Percent,
                    "-" or "no" => Unit.Count,
                    _ => values.Any(v => v.PercentFormat || v.Number is null && v.Text.Trim().EndsWith('%')) ? Unit.Percent : Unit.Count,
                },
            };

        private InputLocation At(SheetRow row) => new(sheet.File, sheet.Name, row.Number);

        private static string Shortened(string text) => text.Length > 40 ? text[..37] + "..." : text;
    }

    [GeneratedRegex(@"Agenda\s*Item\s*(?<item>[0-9A-Za-z.]+)|Appendix\s*(?<appendix>[0-9A-Za-z]+)", RegexOptions.IgnoreCase)]
    private static partial Regex Stamp();

    [GeneratedRegex(@"^(Page\s*)?[0-9]{1,4}$", RegexOptions.IgnoreCase)]
    private static partial Regex PageNumber();

    [GeneratedRegex(@"^\s*([A-Za-z]{3,9}[- ][0-9]{2,4})\s+Monthly dataset", RegexOptions.IgnoreCase)]
    private static partial Regex DatasetTitle();

    [GeneratedRegex(@"\(([^()]*)\)")]
    private static partial Regex Bracketed();
}
