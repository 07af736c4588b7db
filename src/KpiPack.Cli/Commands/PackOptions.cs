using System.CommandLine;
using KpiPack.Core.Input;
using KpiPack.Core.Model;
using KpiPack.Core.Packs;

namespace KpiPack.Cli.Commands;

/// <summary>
/// The options that say which pack and month a command works on. A pack is the folder's kpipack.json (the
/// current folder unless --pack says otherwise); --catalogue and --workbook override its files, or stand in
/// for a pack file altogether.
/// </summary>
internal sealed class PackOptions
{
    public Option<DirectoryInfo?> Folder { get; } = new("--pack")
    {
        Description = "The pack folder, holding kpipack.json (default: the current folder).",
    };

    public Option<Month?> Month { get; } = new("--month")
    {
        Description = "The report month, as yyyy-mm (default: the latest month with values).",
        CustomParser = result =>
        {
            var text = result.Tokens.Count > 0 ? result.Tokens[0].Value : "";
            if (Core.Model.Month.TryParse(text, out var month)) return month;
            result.AddError($"--month '{text}' is not a month: write it as yyyy-mm, e.g. 2020-06");
            return null;
        },
    };

    public Option<FileInfo?> Catalogue { get; } = new("--catalogue")
    {
        Description = "The indicator catalogue (.csv, .xlsx or .xls), instead of the pack's.",
    };

    public Option<FileInfo?> Workbook { get; } = new("--workbook")
    {
        Description = "The monthly values and commentary (.csv, .xlsx or .xls), instead of the pack's.",
    };

    public void AddTo(Command command)
    {
        command.Options.Add(Folder);
        command.Options.Add(Month);
        command.Options.Add(Catalogue);
        command.Options.Add(Workbook);
    }

    public Pack Resolve(ParseResult parsed)
    {
        var folder = parsed.GetValue(Folder)?.FullName ?? Environment.CurrentDirectory;
        var catalogue = parsed.GetValue(Catalogue);
        var workbook = parsed.GetValue(Workbook);
        Pack pack;
        if (PackFile.ExistsIn(folder)) pack = LoadPackFile(folder);
        else if (parsed.GetValue(Folder) is null && catalogue is not null && workbook is not null) pack = new Pack { Folder = folder };
        else throw new UsageException($"there is no {Pack.FileName} in {folder}: run the command in a pack folder, " +
            "point at one with --pack, make one with 'kpipack init', or give --catalogue and --workbook");

        return pack with
        {
            Catalogue = catalogue?.FullName ?? pack.Catalogue,
            Workbook = workbook?.FullName ?? pack.Workbook,
        };
    }

    /// <summary>The pack file, or a located error when it is there but cannot be read (no permission, a disk error).</summary>
    private static Pack LoadPackFile(string folder)
    {
        try
        {
            return PackFile.Load(folder);
        }
        catch (Exception e) when (e is UnauthorizedAccessException or IOException)
        {
            throw new InputException(new InputLocation(Path.Combine(folder, Pack.FileName)), $"cannot be read: {e.Message}");
        }
    }

    /// <summary>Reads the pack's files; every problem found is thrown together.</summary>
    public static LoadedPack Load(Pack pack, Findings findings)
    {
        var loaded = LoadedPack.Load(pack, findings);
        findings.ThrowIfErrors();
        return loaded!;
    }

    /// <summary>
    /// The month asked for, or the latest that is filled in (said on <paramref name="stdout"/>): a month with figures
    /// for fewer than half the indicators is one being typed, and is passed over with a word saying so.
    /// <paramref name="doing"/> names what the command does with the month ("building").
    /// </summary>
    public Month ReportMonth(ParseResult parsed, LoadedPack pack, TextWriter stdout, string doing)
    {
        if (parsed.GetValue(Month) is { } month) return month;
        var (chosen, passedOver) = MonthFill.Choose(pack)
            ?? throw new InputException(new InputLocation(pack.Values.SourceFile), "the workbook has no values yet");
        if (passedOver.Count == 0)
        {
            stdout.WriteLine($"{chosen.Label} is the latest month with values (use --month to choose another)");
            return chosen;
        }
        var latest = passedOver[0];
        var others = passedOver.Count > 1 ? $" (and {string.Join(", ", passedOver.Skip(1).Select(f => f.Month.Label))} fewer than half)" : "";
        stdout.WriteLine($"{latest.Described}{others}: {doing} {chosen.Label}; give --month {latest.Month} to {VerbOf(doing)} it anyway");
        return chosen;
    }

    /// <summary>"building" → "build".</summary>
    private static string VerbOf(string doing) => doing switch
    {
        "building" => "build",
        "checking" => "check",
        "deriving" => "derive",
        "drafting" => "draft",
        _ => doing,
    };
}
