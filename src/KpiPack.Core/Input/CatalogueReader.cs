using KpiPack.Core.Input.Headings;
using KpiPack.Core.Model;

namespace KpiPack.Core.Input;

/// <summary>
/// Reads the indicator catalogue: .csv, or the first worksheet of an .xlsx/.xls. Columns are matched
/// by header, case-insensitively; other columns are kept with each indicator for a pack to show (the README lists the known ones).
/// </summary>
public static class CatalogueReader
{
    /// <summary>Reads the catalogue, or throws every error found in it.</summary>
    public static Catalogue Read(string path)
    {
        var findings = new Findings();
        var catalogue = Read(path, findings);
        findings.ThrowIfErrors();
        return catalogue!;
    }

    /// <summary>Reads what it can, adding a finding for each bad row; null when the file cannot be read at all.</summary>
    public static Catalogue? Read(string path, Findings findings) => ReadWithRows(path, findings)?.Catalogue;

    /// <summary>As <see cref="Read(string, Findings)"/>, with the row each indicator was read from.</summary>
    /// <param name="packColumns">Catalogue columns the pack prints by name (its benchmarks): kept without a warning.</param>
    public static (Catalogue Catalogue, IReadOnlyDictionary<string, InputLocation> Rows)? ReadWithRows(string path, Findings findings,
        IEnumerable<string>? packColumns = null)
    {
        (Catalogue, IReadOnlyDictionary<string, InputLocation>)? read = null;
        findings.Try(() =>
        {
            SheetFiles.RequireReadable(path, "catalogue");
            var sheet = SheetFiles.IsExcel(path) ? FirstSheet(path) : CsvSheetReader.Read(path, findings);
            read = FromSheet(sheet, findings, packColumns);
        });
        return read;
    }

    private static (Catalogue, IReadOnlyDictionary<string, InputLocation>) FromSheet(Sheet sheet, Findings findings, IEnumerable<string>? packColumns)
    {
        var columns = new CatalogueColumns(sheet, findings, packColumns);
        var indicators = new List<Indicator>();
        var rows = new Dictionary<string, InputLocation>(StringComparer.Ordinal);
        var rowOfRef = new Dictionary<string, int>(StringComparer.Ordinal);
        var formulaCells = new Dictionary<string, InputLocation>(StringComparer.Ordinal);
        foreach (var row in sheet.Rows)
        {
            findings.Try(() =>
            {
                var indicator = columns.ReadIndicator(row);
                if (rowOfRef.TryGetValue(indicator.Ref, out var earlier))
                    throw new InputException(sheet.At(row, columns.Ref), $"ref '{indicator.Ref}' appears twice (first at row {earlier}): refs must be unique");
                rowOfRef[indicator.Ref] = row.Number;
                indicators.Add(indicator);
                rows[indicator.Ref] = new InputLocation(sheet.File, sheet.Name, row.Number);
                if (indicator.Formula is not null) formulaCells[indicator.Ref] = sheet.At(row, columns.FormulaColumn);
            });
        }
        if (indicators.Count == 0 && !findings.HasErrors)
            throw new InputException(new InputLocation(sheet.File, sheet.Name), "the catalogue has no indicators");
        // Only once every row is read can a formula's refs be looked up, or a cycle through later rows be seen.
        FormulaChecks.Check(indicators, formulaCells, findings);
        return (new Catalogue(sheet.File, indicators) { TargetColumns = columns.TargetYears }, rows);
    }

    private static Sheet FirstSheet(string path) =>
        ExcelSheetReader.ReadAll(path).FirstOrDefault()
        ?? throw new InputException(new InputLocation(path), "the workbook has no worksheets");

    /// <summary>Where each known column is in this sheet (-1 when absent), and how to read a row with them.</summary>
    private sealed class CatalogueColumns
    {
        private readonly Sheet _sheet;
        private readonly Findings _findings;
        private readonly SheetHeadings _headings;
        private readonly IReadOnlyList<(int Column, FinancialYear Year)> _targets;

        public CatalogueColumns(Sheet sheet, Findings findings, IEnumerable<string>? packColumns)
        {
            _sheet = sheet;
            _findings = findings;
            _headings = SheetHeadings.Of(sheet, HeadingFile.Catalogue, packColumns);
            _headings.Check(findings);
            // A board pack's catalogue may head its only reference Ref_ID.
            Ref = _headings.ColumnOf("ref") is var reference and >= 0 ? reference : _headings.ColumnOf("ref_id") is var printed and >= 0 ? printed : Required("ref");
            Name = Required("indicator");
            FormulaColumn = _headings.ColumnOf("formula");
            _targets = _headings.Targets.Select(t => (t.Column, KnownHeadings.TargetYear(t.Text)!.Value)).ToList();
        }

        public int Ref { get; }
        private int Name { get; }

        /// <summary>The financial years the sheet has a target column for, filled in or not.</summary>
        public IReadOnlyList<FinancialYear> TargetYears => _targets.Select(t => t.Year).Distinct().Order().ToList();

        private const int MaxFormulaLength = 500;

        /// <summary>The formula column, or -1: a catalogue without one has no computed indicators.</summary>
        public int FormulaColumn { get; }

        public Indicator ReadIndicator(SheetRow row)
        {
            var reference = Text(row, Ref);
            if (reference.Length == 0) throw new InputException(_sheet.At(row, Ref), "the ref is empty: every indicator needs one");
            var name = Text(row, Name);
            if (name.Length == 0) throw new InputException(_sheet.At(row, Name), $"indicator '{reference}' has no name");
            var unit = ReadUnit(row);
            return new Indicator
            {
                Ref = reference,
                Name = Clean(row, Name),
                Section = Clean(row, _headings.ColumnOf("section")),
                Owner = Clean(row, _headings.ColumnOf("owner")),
                Reporter = Clean(row, _headings.ColumnOf("reporter")),
                Outcome = Clean(row, _headings.ColumnOf("outcome")),
                Unit = unit,
                Polarity = ReadPolarity(row),
                Decimals = ReadDecimals(row) ?? Indicator.DefaultDecimals(unit),
                StatisticalNeighbours = Figure.Parse(Text(row, "sn")),
                England = Figure.Parse(Text(row, "england")),
                SouthEastRegion = Figure.Parse(Text(row, "se_region")),
                Targets = _targets
                    .Select(t => (t.Year, Figure: Figure.Parse(Text(row, t.Column))))
                    .Where(t => t.Figure is not null)
                    .ToDictionary(t => t.Year, t => t.Figure!),
                Formula = ReadFormula(row),
                Columns = OtherColumns(row),
            };
        }

        /// <summary>The columns KpiPack does not read itself, by lower-case header: a pack may show them (benchmarks, ref_id).</summary>
        private Dictionary<string, string> OtherColumns(SheetRow row)
        {
            var other = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            foreach (var heading in _headings.Columns.Where(c => c.Heading?.InCatalogue == HeadingUse.Kept || _headings.IsOther(c)))
            {
                var column = heading.Column;
                // Kept by its own key (ref_id, however headed), or by its heading in lower case (a benchmark the pack names).
                var header = heading.Heading?.Key ?? heading.Text.ToLowerInvariant();
                if (other.ContainsKey(header)) continue;
                var text = Text(row, column);
                // A pack may print it (ref_id, a benchmark), so what neither edition can hold is removed; silently, as most
                // such columns are never shown and a warning about one would only puzzle.
                if (text.Length > 0) other[header] = TextCleaner.Clean(text, _sheet.At(row, column), new Findings());
            }
            return other;
        }

        private Formula? ReadFormula(SheetRow row)
        {
            var text = Text(row, FormulaColumn);
            if (text.Length == 0) return null;
            // Far longer than any ratio or rate; a limit also keeps a pasted wall of brackets from nesting without end.
            if (text.Length > MaxFormulaLength)
                throw new InputException(_sheet.At(row, FormulaColumn), $"the formula is {text.Length} characters long: at most {MaxFormulaLength}");
            var (formula, error, position) = FormulaParser.Parse(text);
            return formula ?? throw new InputException(_sheet.At(row, FormulaColumn),
                $"formula '{text}' cannot be read at character {position}: {error}");
        }

        private Unit ReadUnit(SheetRow row)
        {
            var column = _headings.ColumnOf("unit");
            // The council's flag stands in for the unit where the unit column is missing or left blank.
            if (Text(row, column).Length == 0 && _headings.ColumnOf("percentage") is var flag and >= 0) return ReadPercentageFlag(row, flag);
            return Text(row, column).ToLowerInvariant() switch
            {
                "" or "count" => Unit.Count,
                "percent" or "%" => Unit.Percent,
                "rate" => Unit.Rate,
                var other => throw new InputException(_sheet.At(row, column), $"unit '{other}' is not count, percent or rate"),
            };
        }

        /// <summary>The council's "Percentage?" column: P for a percentage, - (or nothing) for a count.</summary>
        private Unit ReadPercentageFlag(SheetRow row, int column) => Text(row, column).ToLowerInvariant() switch
        {
            "p" or "%" or "yes" or "y" or "true" => Unit.Percent,
            "" or "-" or "no" or "n" or "false" => Unit.Count,
            var other => throw new InputException(_sheet.At(row, column), $"'{other}' is not P (a percentage) or - (a count)"),
        };

        private Polarity ReadPolarity(SheetRow row)
        {
            var column = _headings.ColumnOf("polarity");
            return Text(row, column).ToLowerInvariant() switch
            {
                "" => Polarity.None,
                "up" or "▲" => Polarity.Up,
                "down" or "▼" => Polarity.Down,
                var other => throw new InputException(_sheet.At(row, column),
                    $"polarity '{other}' is not up (higher is better), down (lower is better) or empty"),
            };
        }

        private int? ReadDecimals(SheetRow row)
        {
            var column = _headings.ColumnOf("decimals");
            var text = Text(row, column);
            if (text.Length == 0) return null;
            return int.TryParse(text, out var decimals) && decimals is >= 0 and <= 6
                ? decimals
                : throw new InputException(_sheet.At(row, column), $"decimals '{text}' is not a whole number from 0 to 6");
        }

        private int Required(string name)
        {
            var column = _headings.ColumnOf(name);
            return column >= 0
                ? column
                : throw new InputException(new InputLocation(_sheet.File, _sheet.Name, _sheet.Header.Number),
                    $"the header has no '{name}' column");
        }

        private string Text(SheetRow row, string key) => Text(row, _headings.ColumnOf(key));

        private string Clean(SheetRow row, int column) =>
            column < 0 ? "" : TextCleaner.Clean(Text(row, column), _sheet.At(row, column), _findings);

        private static string Text(SheetRow row, int column) => column < 0 ? "" : row[column].Text.Trim();
    }
}
