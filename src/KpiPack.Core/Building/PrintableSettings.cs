using KpiPack.Core.Input;
using KpiPack.Core.Packs;

namespace KpiPack.Core.Building;

/// <summary>
/// The pack's words that are printed on the page (service, title, agenda item, caption, author, table titles,
/// headings, benchmark labels) cleaned as the catalogue's and workbook's text is: a control character or a half of a
/// surrogate pair typed into the pack file or the command line is left out with a warning naming the setting, instead
/// of stopping the HTML edition (XML cannot carry them) or printing as a box.
/// </summary>
internal static class PrintableSettings
{
    public static Pack Clean(Pack pack, Findings findings)
    {
        var where = pack.File is null ? "the command line" : DisplayPath.Of(pack.File);
        string Clean(string text, string setting, string option) =>
            TextCleaner.Clean(text, new InputLocation($"{where}: \"{setting}\"{(option.Length > 0 ? $" (or {option})" : "")}"), findings);

        return pack with
        {
            Service = Clean(pack.Service, "service", "--service"),
            Author = Clean(pack.Author, "author", "--author"),
            AgendaItem = pack.AgendaItem is { } item ? Clean(item, "agendaItem", "--agenda-item") : null,
            BenchmarkCaption = Clean(pack.BenchmarkCaption, "benchmarkCaption", "--caption"),
            Benchmarks = pack.Benchmarks.Select(b => b with { Label = Clean(b.Label, "benchmarks", ""), Group = Clean(b.Group, "benchmarks", "") }).ToList(),
            Appendices = pack.Appendices.Select(a => a with
            {
                Title = a.Title is { } title ? Clean(title, $"appendix {a.Number}: title", "") : null,
                Headings = a.Headings.ToDictionary(h => h.Key, h => Clean(h.Value, $"appendix {a.Number}: headings", "")),
                Benchmarks = a.Benchmarks?.Select(b => b with { Label = Clean(b.Label, $"appendix {a.Number}: benchmarks", ""), Group = Clean(b.Group, $"appendix {a.Number}: benchmarks", "") }).ToList(),
                Tables = a.Tables.Select(t => t with
                {
                    Title = Clean(t.Title, $"appendix {a.Number}: tables", ""),
                    Headings = t.Headings.ToDictionary(h => h.Key, h => Clean(h.Value, $"appendix {a.Number}: tables", "")),
                }).ToList(),
            }).ToList(),
        };
    }
}
