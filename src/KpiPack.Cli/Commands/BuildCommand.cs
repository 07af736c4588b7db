using System.CommandLine;
using System.Diagnostics;
using KpiPack.Core.Input;
using KpiPack.Rendering.Appendix;
using KpiPack.Rendering.Pdf;

namespace KpiPack.Cli.Commands;

/// <summary><c>kpipack build</c>: writes the appendix PDF a clerk attaches to the agenda.</summary>
internal static class BuildCommand
{
    public static Command Create(TextWriter stdout)
    {
        var month = CommonOptions.ReportMonth();
        var catalogue = CommonOptions.Catalogue();
        var workbook = CommonOptions.Workbook();
        var output = new Option<FileInfo>("--out") { Description = "The PDF to write.", Required = true };
        var agendaItem = new Option<string?>("--agenda-item") { Description = "Agenda item number for the stamp at the top right, e.g. 7." };
        var appendix = new Option<string?>("--appendix") { Description = "Appendix number for the stamp, e.g. 1." };
        var months = new Option<int>("--months")
        {
            Description = "How many months of values to show (13 puts the same month last year in view).",
            DefaultValueFactory = _ => 13,
        };
        months.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() is < 2 or > 24) result.AddError("--months must be from 2 to 24");
        });
        var pageSize = new Option<PageSize>("--page-size") { Description = "A4 (default) or A3, landscape.", DefaultValueFactory = _ => PageSize.A4 };
        var service = new Option<string?>("--service") { Description = "The service named on every page (default: the catalogue's first section)." };
        var caption = new Option<string?>("--caption") { Description = "Where the benchmarks come from, e.g. \"Updated Mar-19, using 17-18 data\"." };
        var author = new Option<string?>("--author") { Description = "The author recorded in the PDF's properties." };

        var command = new Command("build",
            "Write the monthly dataset appendix as a landscape PDF.\n" +
            "Example: kpipack build --month 2019-06 --catalogue catalogue.csv --workbook workbook.xlsx --out appendix-1.pdf --agenda-item 7 --appendix 1")
        {
            month, catalogue, workbook, output, agendaItem, appendix, months, pageSize, service, caption, author,
        };
        command.SetAction(parsed =>
        {
            var clock = Stopwatch.StartNew();
            var indicators = CatalogueReader.Read(parsed.GetRequiredValue(catalogue).ToString());
            var values = WorkbookReader.Read(parsed.GetRequiredValue(workbook).ToString(), indicators);
            var report = AppendixReport.Derive(indicators, values, parsed.GetValue(month));
            var options = new AppendixOptions
            {
                Service = parsed.GetValue(service)
                    ?? indicators.Indicators.Select(i => i.Section).FirstOrDefault(s => s.Length > 0)
                    ?? "Children's services",
                BenchmarkCaption = parsed.GetValue(caption) ?? "",
                Author = parsed.GetValue(author) ?? "",
                AgendaItem = parsed.GetValue(agendaItem),
                AppendixNumber = parsed.GetValue(appendix),
                MonthsShown = parsed.GetValue(months),
                PageSize = parsed.GetValue(pageSize),
            };

            var path = parsed.GetRequiredValue(output).ToString();
            RenderResult? result = null;
            AtomicFile.Write(path, stream => result = AppendixPdf.Write(report, options, stream));
            stdout.WriteLine($"wrote {path}: {result!.Pages} pages, {result.Bytes / 1024.0:F0} KB, in {clock.Elapsed.TotalSeconds:F1} s");
            return ExitCodes.Ok;
        });
        return command;
    }
}
