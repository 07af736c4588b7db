using System.Text;
using System.Text.Json;
using KpiPack.Core.Deriving;
using KpiPack.Core.Model;
using KpiPack.Core.Output;
using KpiPack.Tests.Support;

namespace KpiPack.Tests.Output;

/// <summary>The SPC mean and limits are chart inputs: exported unrounded, the same in every format.</summary>
public class DerivedTableColumnsTests
{
    private static readonly Month June = new(2020, 6);

    // A count (0 decimals) over twelve months: 4,5 alternating then 6. Sum 55, mean 55/12 = 4.583333...
    // Moving ranges: ten of 1 and one of 2, mR̄ = 12/11; limits 4.583333 ± 2.66 × 12/11 = 1.681515 to 7.485152.
    private static DerivedTable CountTable()
    {
        decimal[] series = [4, 5, 4, 5, 4, 5, 4, 5, 4, 5, 4, 6];
        var indicator = new Indicator { Ref = "C1", Name = "Contacts", Unit = Unit.Count };
        var values = series.Select((v, i) => (Key: ("C1", June.AddMonths(i - series.Length + 1)), Value: Observation.Of(v)))
            .ToDictionary(x => x.Key, x => x.Value);
        var catalogue = new Catalogue("catalogue.csv", [indicator]);
        return DerivationEngine.Derive(catalogue, new MonthlyValues("workbook.csv", values, new Dictionary<(string, Month), string>()), June);
    }

    private static readonly string[] Expected = ["4.583333", "1.681515", "7.485152"];

    [Test]
    public void A_count_keeps_the_fraction_of_its_spc_mean_and_limits()
    {
        var row = CountTable().Rows.Single();
        var fields = DerivedTableColumns.Names.Zip(DerivedTableColumns.Fields(row)).ToDictionary(x => x.First, x => x.Second);

        Assert.That(new[] { fields["spc_mean"], fields["spc_lower"], fields["spc_upper"] }, Is.EqualTo(Expected));
        // The average is still printed at the indicator's decimals, as the appendix prints it.
        Assert.That(fields["avg_12m"], Is.EqualTo("5"));
    }

    [Test]
    public void The_csv_carries_the_unrounded_figures()
    {
        using var text = new StringWriter();
        DerivedTableWriter.WriteCsv(CountTable(), text);

        var row = CsvRows.Parse(text.ToString()).Single();
        Assert.That(new[] { row["spc_mean"], row["spc_lower"], row["spc_upper"] }, Is.EqualTo(Expected));
    }

    [Test]
    public void The_spreadsheet_csv_carries_the_unrounded_figures()
    {
        using var text = new StringWriter();
        DerivedTableWriter.WriteSpreadsheetCsv(CountTable(), text);

        var row = CsvRows.Parse(text.ToString()).Single();
        Assert.That(new[] { row["spc_mean"], row["spc_lower"], row["spc_upper"] }, Is.EqualTo(Expected));
    }

    [Test]
    public void The_json_carries_the_same_figures_as_numbers()
    {
        using var stream = new MemoryStream();
        DerivedTableWriter.WriteJson(CountTable(), stream);

        using var json = JsonDocument.Parse(Encoding.UTF8.GetString(stream.ToArray()));
        var row = json.RootElement.EnumerateArray().Single();
        string[] names = ["spc_mean", "spc_lower", "spc_upper"];
        Assert.That(names.Select(n => row.GetProperty(n).ValueKind), Is.All.EqualTo(JsonValueKind.Number));
        Assert.That(names.Select(n => row.GetProperty(n).GetRawText()), Is.EqualTo(Expected));
    }
}
