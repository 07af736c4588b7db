using System.Text;
using CsvHelper;
using KpiPack.Core.Appendix;
using KpiPack.Core.Input;
using KpiPack.Core.Model;

namespace KpiPack.Core.Building;

/// <summary>
/// The record of the figures an appendix printed: <c>printed-figures/appendix-1-2020-06.csv</c> (ref, month, printed)
/// beside the appendix, written with it, the same bytes from the same figures, meant to be committed with it. A later
/// build reads the most recent earlier one to list the figures revised since (<see cref="RevisionList"/>).
/// </summary>
public static class PrintedRecord
{
    public const string FolderName = "printed-figures";

    private static readonly string[] Header = ["ref", "month", "printed"];

    /// <summary>The record's folder for outputs going to <paramref name="outputFolder"/>.</summary>
    public static string FolderIn(string outputFolder) => Path.Combine(outputFolder, FolderName);

    /// <summary>"appendix-1-2020-06.csv"; a character a file name cannot hold in the appendix number becomes '_'.</summary>
    public static string FileName(string appendix, Month month)
    {
        var safe = string.Concat(appendix.Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' ? c : '_'));
        return $"appendix-{safe}-{month}.csv";
    }

    public static byte[] Bytes(IReadOnlyList<PrintedFigure> figures)
    {
        using var text = new StringWriter();
        // Written as data, not for a spreadsheet: a printed "-" marker is kept as it is, never escaped.
        using (var csv = CsvWriter.Create(text, CsvWriterOptions.Default with { NewLine = "\n" }, leaveOpen: true))
        {
            csv.WriteHeader(Header);
            foreach (var figure in figures) csv.WriteRecord([figure.Ref, figure.Month.ToString(), figure.Printed]);
        }
        return new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(text.ToString());
    }

    /// <summary>
    /// The most recent record of <paramref name="appendix"/> in <paramref name="folder"/> for a month before
    /// <paramref name="month"/>, read; null when there is none. One that cannot be read is said and passed over.
    /// </summary>
    public static (Month Month, IReadOnlyList<PrintedFigure> Figures)? LatestBefore(string folder, string appendix, Month month, Findings findings)
    {
        if (!Directory.Exists(folder)) return null;
        var prefix = FileName(appendix, month)[..^"yyyy-mm.csv".Length];
        var earlier = Directory.EnumerateFiles(folder, prefix + "*.csv")
            .Select(path => (Path: path, Month: MonthOf(Path.GetFileName(path), prefix)))
            .Where(r => r.Month is { } m && m < month)
            .OrderByDescending(r => r.Month)
            .FirstOrDefault();
        if (earlier.Month is not { } found) return null;
        return Read(earlier.Path, findings) is { } figures ? (found, figures) : null;
    }

    private static Month? MonthOf(string name, string prefix)
    {
        var text = name[prefix.Length..^".csv".Length];
        return text.Length == 7 && Month.TryParse(text, out var month) ? month : null;
    }

    private static IReadOnlyList<PrintedFigure>? Read(string path, Findings findings)
    {
        var at = new InputLocation(DisplayPath.Of(path));
        try
        {
            var sheet = CsvSheetReader.Read(path, findings);
            if (!sheet.Header.Cells.Select(c => c.Text.Trim()).SequenceEqual(Header))
                throw new InputException(at, $"is not a record of printed figures (its header is not {string.Join(",", Header)})");
            var figures = new List<PrintedFigure>();
            foreach (var row in sheet.Rows)
            {
                if (row.Cells.Count < 3 || !Month.TryParse(row.Cells[1].Text, out var month))
                    throw new InputException(at with { Row = row.Number }, "is not a ref, a month (yyyy-mm) and a printed figure");
                figures.Add(new PrintedFigure(row.Cells[0].Text, month, row.Cells[2].Text));
            }
            return figures;
        }
        catch (Exception e) when (e is InputException or IOException or UnauthorizedAccessException)
        {
            var reason = e is InputException input ? input.Findings[0].Message : e.Message;
            findings.Warning(at, $"{reason}: no revisions are listed against it; delete it, or build its month again to remake it");
            return null;
        }
    }
}
