using KpiPack.Core.Input;
using KpiPack.Core.Packs;
using KpiPack.Tests.Support;

namespace KpiPack.Tests.Packs;

/// <summary>The board layout's settings in kpipack.json: tables, benchmarks, headings and judging at the latest value.</summary>
public class BoardPackFileTests : PackFileFolder
{
    [Test]
    public void Reads_tables_in_order_with_their_own_columns_headings_and_latest_value_setting()
    {
        var pack = Load("""
            {
              "benchmarks": [ { "column": "own_2021_22", "label": "So'ton 21/22" }, { "column": "sn", "label": "Statistical Neighbours" } ],
              "appendices": [ {
                "columns": ["months", "target", "rag", "direction"],
                "headings": { "difference": "Trend", "months": "" },
                "tables": [
                  { "title": "Demand", "refs": ["CONTACTS", "EH-REF"], "columns": ["ref_id", "months", "difference"] },
                  { "title": "Corporate parenting board", "refs": ["EH-REF", "CLA", "EH-REF"], "judgeAtLatestValue": true,
                    "headings": { "direction": "DoT" } }
                ]
              } ]
            }
            """);

        var appendix = pack.Appendices.Single();
        Assert.That(appendix.Tables.Select(t => t.Title), Is.EqualTo(new[] { "Demand", "Corporate parenting board" }));
        Assert.That(appendix.Tables[1].Refs, Is.EqualTo(new[] { "EH-REF", "CLA", "EH-REF" }), "a ref may come back, even in one table");
        Assert.That(appendix.Tables[0].Parts, Is.EquivalentTo(new[] { AppendixPart.RefId, AppendixPart.Months, AppendixPart.Difference }));
        Assert.That(appendix.Tables[1].Parts, Is.Null, "the appendix's columns");
        Assert.That((appendix.Tables[0].JudgeAtLatestValue, appendix.Tables[1].JudgeAtLatestValue, appendix.JudgeAtLatestValue), Is.EqualTo(((bool?)null, (bool?)true, false)));
        Assert.That(appendix.Headings, Is.EquivalentTo(new Dictionary<AppendixPart, string> { [AppendixPart.Difference] = "Trend", [AppendixPart.Months] = "" }));
        Assert.That(appendix.Tables[1].Headings[AppendixPart.Direction], Is.EqualTo("DoT"));
        Assert.That(pack.Benchmarks, Is.EqualTo(new[] { new Benchmark("own_2021_22", "So'ton 21/22"), new Benchmark("sn", "Statistical Neighbours") }));
        Assert.That(appendix.Benchmarks, Is.Null, "the pack's");
    }

    [Test]
    public void Without_benchmarks_shows_the_three_of_2019_and_without_columns_none_of_the_board_columns()
    {
        var pack = Load("{}");
        Assert.That(pack.Benchmarks.Select(b => (b.Column, b.Label)),
            Is.EqualTo(new[] { ("sn", "Stat. Neighbour"), ("england", "England"), ("se_region", "SE region") }));
        Assert.That(pack.Appendices.Single().Parts, Does.Not.Contain(AppendixPart.Difference).And.Not.Contain(AppendixPart.Direction)
            .And.Not.Contain(AppendixPart.Rag).And.Not.Contain(AppendixPart.Target).And.Not.Contain(AppendixPart.RefId).And.Contain(AppendixPart.Spc));
    }

    [Test]
    public void The_board_template_lists_only_refs_of_its_own_catalogue_in_its_thirteen_tables()
    {
        var folder = Path.Combine(RepoPaths.Root, "templates", "board");
        var tables = PackFile.Load(folder).Appendices.Single().Tables;
        var refs = CatalogueReader.Read(Path.Combine(folder, "catalogue.csv")).Indicators.Select(i => i.Ref);
        Assert.That(tables, Has.Count.EqualTo(13));
        Assert.That(tables.SelectMany(t => t.Refs).Distinct(), Is.EquivalentTo(refs), "every indicator in a table, every table's ref an indicator");
    }

    [TestCase("""{ "appendices": [ { "sections": ["A"], "tables": [ { "title": "T", "refs": ["M1"] } ] } ] }""", "appendix 1 has both sections and tables")]
    [TestCase("""{ "appendices": [ { "tables": [] } ] }""", "appendix 1: tables is empty")]
    [TestCase("""{ "appendices": [ { "judgeAtLatestValue": true } ] }""", "appendix 1: judgeAtLatestValue applies to an appendix's tables, and it has none")]
    [TestCase("""{ "appendices": [ { "tables": [ { "refs": ["M1"] } ] } ] }""", "appendix 1: table 1 has no title")]
    [TestCase("""{ "appendices": [ { "tables": [ { "title": "Demand" } ] } ] }""", "appendix 1: table 'Demand' lists no refs")]
    [TestCase("""{ "appendices": [ { "tables": [ { "title": "Demand", "refs": ["M1"], "columns": ["trned"] } ] } ] }""", "column 'trned' is not one of")]
    [TestCase("""{ "appendices": [ { "headings": { "dot": "DoT" } } ] }""", "column 'dot' in headings is not one kpipack knows; the columns there are: owner")]
    [TestCase("""{ "benchmarks": [ { "label": "England" } ] }""", "benchmarks: each benchmark names its catalogue column")]
    [TestCase("""{ "benchmarks": [ { "column": "sn" }, { "column": "SN" } ] }""", "benchmarks: column 'sn' is named twice")]
    public void Refuses_tables_and_benchmarks_that_cannot_work(string json, string message)
    {
        var error = Assert.Throws<InputException>(() => Load(json))!;
        Assert.That(error.Message, Does.Contain(message));
        Assert.That(error.Message, Does.Contain("kpipack.json"));
    }
}
