using KpiPack.Core.Input;
using KpiPack.Core.Model;
using KpiPack.Core.Validation;

namespace KpiPack.Core.Packs;

/// <summary>A pack with its catalogue and workbook read.</summary>
public sealed record LoadedPack(Pack Pack, Catalogue Catalogue, MonthlyValues Values)
{
    public Month? LatestMonth => MonthsWithValues.Cast<Month?>().LastOrDefault();

    /// <summary>The months in which any indicator has a number, oldest first: what --all-months builds.</summary>
    public IReadOnlyList<Month> MonthsWithValues => PackValidator.MonthsWithValues(Catalogue, Values);

    /// <summary>Reads the pack's files, adding what is wrong to <paramref name="findings"/>; null when they cannot be read.</summary>
    public static LoadedPack? Load(Pack pack, Findings findings)
    {
        var catalogue = CatalogueReader.Read(DisplayPath.Of(pack.PathOf(pack.Catalogue)), findings);
        // A workbook read against a broken catalogue would only repeat its errors as unknown refs.
        if (catalogue is null || findings.HasErrors) return null;
        var values = WorkbookReader.Read(DisplayPath.Of(pack.PathOf(pack.Workbook)), catalogue, findings);
        return values is null ? null : new LoadedPack(pack, catalogue, values);
    }

    /// <summary>Checks the pack for a report month: what reading found plus the validator's checks.</summary>
    public void Check(Month month, Findings findings)
    {
        PackValidator.Check(Catalogue, Values, month, Model.Month.FromDate(DateTime.UtcNow), findings);
        var sections = Catalogue.Indicators.Select(i => i.Section).ToHashSet();
        foreach (var appendix in Pack.Appendices)
            foreach (var section in appendix.Sections.Where(s => !sections.Contains(s)))
                findings.Warning(new InputLocation(Pack.File ?? Pack.Folder),
                    $"appendix {appendix.Number} shows section '{section}', which no indicator in the catalogue has");
    }
}
