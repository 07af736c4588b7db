using System.CommandLine;
using KpiPack.Core.Model;

namespace KpiPack.Cli.Commands;

/// <summary>Options several commands share, defined once so their names and help read the same everywhere.</summary>
internal static class CommonOptions
{
    public static Option<Month> ReportMonth() => new("--month")
    {
        Description = "The report month, as yyyy-mm (e.g. 2020-06).",
        Required = true,
        CustomParser = result =>
        {
            var text = result.Tokens.Count > 0 ? result.Tokens[0].Value : "";
            if (Month.TryParse(text, out var month)) return month;
            result.AddError($"--month '{text}' is not a month: write it as yyyy-mm, e.g. 2020-06");
            return default;
        },
    };

    public static Option<FileInfo> Catalogue() => new("--catalogue")
    {
        Description = "The indicator catalogue (.csv, .xlsx or .xls).",
        Required = true,
    };

    public static Option<FileInfo> Workbook() => new("--workbook")
    {
        Description = "The monthly values and commentary (.csv long format, or .xlsx/.xls with a Values sheet).",
        Required = true,
    };
}
