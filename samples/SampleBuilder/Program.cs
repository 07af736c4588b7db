using KpiPack.SampleBuilder;

// Usage: dotnet run --project samples/SampleBuilder -- <shared data folder> <output pack folder>
if (args.Length != 2)
{
    Console.Error.WriteLine("usage: KpiPack.SampleBuilder <shared/data folder> <output folder>");
    return 1;
}

var appendices = new[] { "2019-06", "2020-04", "2020-06" }
    .Select(month => PublishedAppendix.Load(args[0], month))
    .ToList();
Directory.CreateDirectory(args[1]);
var catalogue = Path.Combine(args[1], "catalogue.csv");
var workbook = Path.Combine(args[1], "workbook.xlsx");
SampleCatalogue.Write(appendices, catalogue);
SampleWorkbook.Write(appendices, workbook);
Console.WriteLine($"wrote {catalogue} and {workbook}");
return 0;
