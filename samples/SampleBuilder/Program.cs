using KpiPack.SampleBuilder;

// Usage, from the repository root: dotnet run --project samples/SampleBuilder -- ../shared/data
// Rebuilds samples/children-and-families (catalogue and workbook), samples/board-2023 (catalogue, workbook and pack
// file, from samples/SampleBuilder/data) and the templates' catalogues and workbooks.
if (args.Length != 1)
{
    Console.Error.WriteLine("usage: KpiPack.SampleBuilder <shared/data folder>");
    return 1;
}

var appendices = new[] { "2019-06", "2020-04", "2020-06" }
    .Select(month => PublishedAppendix.Load(args[0], month))
    .ToList();
var catalogue = SampleCatalogue.Rows(appendices);

var sample = Path.Combine("samples", "children-and-families");
SampleCatalogue.Write(catalogue, Path.Combine(sample, "catalogue.csv"));
SampleWorkbook.Write(appendices, Path.Combine(sample, "workbook.xlsx"));

// The templates start from the council's own catalogue, with a workbook ready for the first month.
var earlyHelp = catalogue.Where(row => row[2] == "Early Help").ToList();
SampleCatalogue.Write(catalogue, Path.Combine("templates", "children-and-families", "catalogue.csv"));
// Computed indicators have no row in the Values sheet: a data team types only the counts.
var typed = catalogue.Where(row => !SampleCatalogue.Formulas.ContainsKey(row[0])).ToList();
TemplateWorkbook.Write(typed.Select(row => row[0]), Path.Combine("templates", "children-and-families", "workbook.xlsx"));
SampleCatalogue.Write(earlyHelp, Path.Combine("templates", "early-help", "catalogue.csv"));
TemplateWorkbook.Write(earlyHelp.Select(row => row[0]), Path.Combine("templates", "early-help", "workbook.xlsx"));
TemplateWorkbook.WriteExample(Path.Combine("templates", "blank", "workbook.xlsx"));
// The 2023 board pack (issue 21), from the board data tables extracted from seed 004 into this repository.
BoardSample.Write(Path.Combine("samples", "SampleBuilder", "data"), Path.Combine("samples", "board-2023"), Path.Combine("templates", "board"));
Console.WriteLine("wrote the sample packs and the templates");
return 0;
