using KpiPack.Core.Input;
using KpiPack.Core.Input.Headings;
using KpiPack.Core.Model;
using KpiPack.Tests.Support;

namespace KpiPack.Tests.Input.Headings;

public class KnownHeadingsTests
{
    [TestCase("Ref.", "ref")]
    [TestCase("REF:", "ref")]
    [TestCase("Ref_ID", "ref_id")]
    [TestCase("Outcome (what impact will monitoring these measures have on the experiences of our children)", "outcome")]
    [TestCase("(what impact will monitoring these measures have on the experiences of our children)", "outcome")]
    [TestCase("Stat. Neighbour", "sn")]
    [TestCase("Statistical Neighbours", "sn")]
    [TestCase("SE region", "se_region")]
    [TestCase("South East", "se_region")]
    [TestCase("England", "england")]
    [TestCase("ENG", "england")]
    [TestCase("Percentage?", "percentage")]
    [TestCase("DoT", "polarity")]
    [TestCase("▲/▼", "polarity")]
    [TestCase("Commentary (Jun-19):", "commentary")]
    [TestCase("Commentary Jun-20", "commentary")]
    [TestCase("% change from previous month", "change")]
    [TestCase("% change from May- 20", "change")]
    [TestCase("% change from same month prev. yr", "change")]
    [TestCase("12 month average", "average")]
    [TestCase("12-mnth avg", "average")]
    [TestCase("12-mnth max value", "maximum")]
    [TestCase("12-month max value", "maximum")]
    [TestCase("Target 19-20", KnownHeadings.TargetKey)]
    public void Knows_a_heading_as_councils_write_it(string heading, string key) =>
        Assert.That(KnownHeadings.Of(heading)?.Key, Is.EqualTo(key));

    [TestCase("notes")]
    [TestCase("")]
    [TestCase("Ref no. of the file")]
    public void Knows_no_other(string heading) => Assert.That(KnownHeadings.Of(heading), Is.Null);

    [TestCase("target_2019_20", 2019)]
    [TestCase("Target 19-20", 2019)]
    [TestCase("Target 2019/20", 2019)]
    [TestCase("TARGET 2019-2020", 2019)]
    [TestCase("Target 99-00", 2099)]
    public void Reads_the_financial_year_of_a_target(string heading, int start) =>
        Assert.That(KnownHeadings.TargetYear(heading), Is.EqualTo(new FinancialYear(start)));

    [TestCase("target_2019_21")]
    [TestCase("Target 2019-2021")]
    [TestCase("Target 2019")]
    public void Reads_no_year_where_two_do_not_follow_one_another(string heading) =>
        Assert.That(KnownHeadings.TargetYear(heading), Is.Null);

    [Test]
    public void Every_alias_belongs_to_one_heading_only()
    {
        var names = KnownHeadings.All.SelectMany(h => new[] { h.Key }.Concat(h.Aliases).Where(a => !a.EndsWith('*')).Select(a => (Name: HeadingText.Normalise(a), h.Key)));
        var shared = names.GroupBy(n => n.Name).Where(g => g.Select(n => n.Key).Distinct().Count() > 1).Select(g => g.Key);
        Assert.That(shared, Is.Empty);
    }

    [Test]
    public void The_docs_print_the_table_the_code_reads()
    {
        var path = Path.Combine(RepoPaths.Root, "docs", "spreadsheets.md");
        const string begin = "<!-- headings table: made by KnownHeadingsTests from KnownHeadings.cs -->\n";
        const string end = "<!-- end of headings table -->";
        var docs = File.ReadAllText(path).ReplaceLineEndings("\n");
        var from = docs.IndexOf(begin, StringComparison.Ordinal);
        var to = docs.IndexOf(end, StringComparison.Ordinal);
        Assert.That(from >= 0 && to > from, $"{path} has the headings table's markers");
        var printed = docs[(from + begin.Length)..to];
        var generated = HeadingsTable.Markdown();
        // KPIPACK_WRITE_DOCS=1 writes the table into the docs instead of failing: the one way to update it.
        if (printed != generated && Environment.GetEnvironmentVariable("KPIPACK_WRITE_DOCS") == "1")
        {
            File.WriteAllText(path, docs[..(from + begin.Length)] + generated + docs[to..]);
            printed = generated;
        }
        Assert.That(printed, Is.EqualTo(generated),
            "docs/spreadsheets.md is out of date with KnownHeadings: run this test with KPIPACK_WRITE_DOCS=1 to rewrite its table");
    }
}

/// <summary>A catalogue headed as the council prints its appendix keeps every column's meaning.</summary>
public class CouncilHeadedCatalogueTests
{
    private TempFolder _folder = null!;

    [SetUp] public void CreateFolder() => _folder = new TempFolder();
    [TearDown] public void RemoveFolder() => _folder.Dispose();

    [Test]
    public void Reads_every_column_and_says_once_what_it_leaves()
    {
        var path = _folder.Write("catalogue.csv",
            "Ref.,Indicator,Owner,Reporter,Outcome (what impact will monitoring these measures have on the experiences of our children)," +
            "% change from previous month,% change from same month prev. yr,DoT,12 month average,12-mnth max value,Percentage?," +
            "Stat. Neighbour,England,SE region,Target 18-19,Target 2019/20,Commentary (Jun-19):\n" +
            "M3,Contacts that become referrals,Jane White,Jacqueline Schofield,Children get help at the right time,9%,118%,▼,21.4,33.9,P," +
            "23.9,21.9,26.2,20,19.5,The percentage is not high\n" +
            "M1,Contacts received,Jane White,Jacqueline Schofield,An effective front door,-5%,16%,▲,1637,1871,-,Local,Local,Local,,,\n");

        var findings = new Findings();
        var indicators = CatalogueReader.Read(path, findings)!.Indicators;

        var m3 = indicators[0];
        Assert.That((m3.Ref, m3.Name, m3.Owner, m3.Reporter, m3.Outcome),
            Is.EqualTo(("M3", "Contacts that become referrals", "Jane White", "Jacqueline Schofield", "Children get help at the right time")));
        Assert.That((m3.Unit, m3.Polarity, indicators[1].Unit, indicators[1].Polarity), Is.EqualTo((Unit.Percent, Polarity.Down, Unit.Count, Polarity.Up)));
        Assert.That((m3.StatisticalNeighbours?.Number, m3.England?.Number, m3.SouthEastRegion?.Number), Is.EqualTo((23.9m, 21.9m, 26.2m)));
        Assert.That((m3.TargetFor(new Month(2018, 6))?.Number, m3.TargetFor(new Month(2019, 6))?.Number), Is.EqualTo((20m, 19.5m)));
        Assert.That(m3.Columns, Is.Empty, "every column is read or said to be left");
        Assert.That(findings.Select(f => f.Message), Is.EqualTo(new[]
        {
            "columns '% change from previous month', '% change from same month prev. yr', '12 month average', '12-mnth max value': " +
                "figures KpiPack works out itself from the values (changes, arrows, 12-month average and maximum), so not read",
            "column 'Commentary (Jun-19):': read from the workbook, not from here",
        }));
    }

    [Test]
    public void Refuses_two_columns_read_as_one()
    {
        var path = _folder.Write("catalogue.csv", "ref,indicator,SN,Stat. Neighbour\nM1,Contacts,1,2\n");
        Assert.That(Assert.Throws<InputException>(() => CatalogueReader.Read(path))!.Message,
            Does.EndWith("column 'Stat. Neighbour': 'Stat. Neighbour' and column 'SN' are both read as 'sn': keep one"));
    }

    [Test]
    public void Reads_a_board_catalogue_whose_only_reference_is_its_Ref_ID()
    {
        var path = _folder.Write("catalogue.csv", "Ref_ID,Indicator\n65,Re-referrals\n");
        Assert.That(CatalogueReader.Read(path).Indicators.Single().Ref, Is.EqualTo("65"));
    }
}
