using KpiPack.Core.Input;
using KpiPack.Tests.Support;

namespace KpiPack.Tests.Input;

/// <summary>The catalogue's columns KpiPack does not read itself, kept for a pack to show: ref_id, a benchmark it names.</summary>
public class CatalogueOtherColumnsTests
{
    private TempFolder _folder = null!;

    [SetUp] public void CreateFolder() => _folder = new TempFolder();
    [TearDown] public void RemoveFolder() => _folder.Dispose();

    [Test]
    public void Keeps_them_by_lower_case_header_and_reads_a_named_benchmark_as_a_figure()
    {
        var path = _folder.Write("catalogue.csv",
            "ref,Ref_ID,indicator,unit,sn,Own_2021_22,notes\n" +
            "ASM1,65,Percentage of re-referrals within 12 months,percent,21,27%,\n" +
            "RSR5,,Number of children in our care,count,640,497,a\u0001b\n");

        var findings = new Findings();
        var indicators = CatalogueReader.ReadWithRows(path, findings, packColumns: ["own_2021_22"])!.Value.Catalogue.Indicators;

        Assert.That(indicators[0].Columns["ref_id"], Is.EqualTo("65"));
        Assert.That(indicators[0].BenchmarkOf("own_2021_22")?.Number, Is.EqualTo(27m));
        Assert.That(indicators[0].BenchmarkOf("SN")?.Number, Is.EqualTo(21m), "sn is the known column, in any case");
        Assert.That(indicators[1].Columns.ContainsKey("ref_id"), Is.False, "a blank cell is not kept");
        Assert.That(indicators[1].Columns["notes"], Is.EqualTo("ab"), "what no edition can print is removed");
        Assert.That(indicators[0].Columns.ContainsKey("sn"), Is.False, "a known column is read as itself");
        Assert.That(findings.Select(f => f.Message), Is.EqualTo(new[]
        {
            "column 'notes' is not used: it is not a heading KpiPack knows (the nearest is 'Units', count, percent or rate); rename it if it is one, or remove it",
        }), "a column neither KpiPack nor the pack reads is named; one the pack prints is not");
    }
}
