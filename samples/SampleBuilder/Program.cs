using KpiPack.SampleBuilder;

// Usage, from the repository root: dotnet run --project samples/SampleBuilder [-- DATA-FOLDER]
// Rebuilds samples/children-and-families (catalogue and workbook), samples/board-2023 (catalogue, workbook and pack
// file) and the templates' catalogues and workbooks, from samples/SampleBuilder/data unless another folder is given
// (one with the same files, such as a newer extraction of the council's appendices).
if (args.Length > 1)
{
    Console.Error.WriteLine("usage: dotnet run --project samples/SampleBuilder [-- DATA-FOLDER] (default samples/SampleBuilder/data), from the repository root");
    return 1;
}
var data = args.Length == 1 ? args[0] : Path.Combine("samples", "SampleBuilder", "data");
var months = new[] { "2019-06", "2020-04", "2020-06" };
if (Inputs.Problem(data, months) is { } problem)
{
    Console.Error.WriteLine($"SampleBuilder: {problem}");
    return 1;
}

var appendices = months.Select(month => PublishedAppendix.Load(data, month)).ToList();
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
