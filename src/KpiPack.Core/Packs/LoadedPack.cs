using KpiPack.Core.Deriving;
using KpiPack.Core.Input;
using KpiPack.Core.Model;

namespace KpiPack.Core.Packs;

/// <summary>A pack with its catalogue and workbook read, and where each of their figures came from.</summary>
public sealed class LoadedPack(Pack pack, Catalogue catalogue, MonthlyValues values, SourceMap sources)
{
    public Pack Pack { get; } = pack;
    public Catalogue Catalogue { get; } = catalogue;
    public MonthlyValues Values { get; } = values;
    public SourceMap Sources { get; } = sources;

    /// <summary>How many months have been derived: a build derives each month once (the pipeline tests count it).</summary>
    internal int Derivations { get; private set; }

    public Month? LatestMonth => MonthsWithValues.Cast<Month?>().LastOrDefault();

    /// <summary>The months in which any indicator has a number, oldest first: what --all-months builds.</summary>
    public IReadOnlyList<Month> MonthsWithValues =>
        Values.Months.Where(m => Catalogue.Indicators.Any(i => Values.ValueOf(i.Ref, m).IsNumber)).ToList();

    /// <summary>
    /// The error for a report month the workbook has no column for, or null: validate, build, derive and draft all
    /// refuse such a month alike, rather than print a table of blanks.
    /// </summary>
    public Finding? NoValuesFor(Month month)
    {
        if (Values.Months.Contains(month)) return null;
        var range = Values.Months.Count > 0 ? $" (its months run {Values.Months[0].Label} to {Values.Months[^1].Label})" : "";
        return new Finding(Severity.Error, new InputLocation(Values.SourceFile), $"the workbook has no values for {month.Label}{range}");
    }

    /// <summary>The derived table for a report month, with the pack's SPC settings.</summary>
    public DerivedTable Derive(Month month)
    {
        Derivations++;
        return DerivationEngine.Derive(Catalogue, Values, month, Pack.Spc);
    }

    /// <summary>The catalogue columns the pack's appendices print as benchmarks: read by name, so not unknown.</summary>
    private static IEnumerable<string> BenchmarkColumns(Pack pack) =>
        pack.Benchmarks.Concat(pack.Appendices.SelectMany(a => a.Benchmarks ?? []))
            .Select(b => b.Column);

    /// <summary>Reads the pack's files, adding what is wrong to <paramref name="findings"/>; null when they cannot be read.</summary>
    public static LoadedPack? Load(Pack pack, Findings findings)
    {
        var catalogueFile = DisplayPath.Of(pack.PathOf(pack.Catalogue));
        var catalogue = CatalogueReader.ReadWithRows(catalogueFile, findings, BenchmarkColumns(pack));
        // A workbook read against a broken catalogue would only repeat its errors as unknown refs.
        if (catalogue is not { } read || findings.HasErrors) return null;
        var workbookFile = DisplayPath.Of(pack.PathOf(pack.Workbook));
        if (WorkbookReader.ReadWithCells(workbookFile, read.Catalogue, findings) is not { } workbook) return null;
        return new LoadedPack(pack, read.Catalogue, workbook.Values, new SourceMap(catalogueFile, read.Rows, workbookFile, workbook.Cells));
    }
}
