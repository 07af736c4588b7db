using KpiPack.Core.Input;
using KpiPack.Core.Model;

namespace KpiPack.Tests.Support;

/// <summary>The Children and Families sample, read once for all the tests that use it.</summary>
internal static class SamplePack
{
    private static readonly Lazy<(Catalogue, MonthlyValues)> Loaded = new(() =>
    {
        var catalogue = CatalogueReader.Read(RepoPaths.SampleCatalogue);
        return (catalogue, WorkbookReader.Read(RepoPaths.SampleWorkbook, catalogue));
    });

    public static Catalogue Catalogue => Loaded.Value.Item1;
    public static MonthlyValues Values => Loaded.Value.Item2;
}
