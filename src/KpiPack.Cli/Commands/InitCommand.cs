using System.CommandLine;
using KpiPack.Core.Packs;

namespace KpiPack.Cli.Commands;

/// <summary><c>kpipack init</c>: makes a pack folder from a template, never over an existing one.</summary>
internal static class InitCommand
{
    public static Command Create(TextWriter stdout)
    {
        // No default value: System.CommandLine would print the folder the help was asked in as a second default.
        var folder = new Argument<DirectoryInfo?>("folder")
        {
            Description = "Where to make the pack (default: the current folder).",
            Arity = ArgumentArity.ZeroOrOne,
            // Said as a usage error here: System.CommandLine's own conversion of an empty name throws only when the
            // value is read, inside the command, where it would be an unexpected failure.
            CustomParser = result =>
            {
                var text = result.Tokens.Count > 0 ? result.Tokens[0].Value : "";
                if (!string.IsNullOrWhiteSpace(text)) return new DirectoryInfo(text);
                result.AddError("the folder name is empty: name the folder to make the pack in, or leave it out for the current folder");
                return null;
            },
        };
        var template = ChoiceOption.Of("--template", "The template to start from.",
            [Templates.Default, .. Templates.All.Keys.Where(k => k != Templates.Default).Order()]);

        var from = new Option<FileInfo?>("--from")
        {
            Description = "Make the pack from the appendix workbook the council keeps today (.xlsx or .xls), one sheet as it prints it.",
        };
        var sheet = new Option<string?>("--sheet")
        {
            Description = "With --from: the sheet to read (default: the first whose header row starts with a ref heading such as 'Ref.').",
        };

        var command = new Command("init",
            "Make a pack folder: kpipack.json, a catalogue and a workbook to fill in.\n" +
            "Example: kpipack init scrutiny-panel --template children-and-families\n" +
            "         kpipack init scrutiny-panel --from \"Appendix 1 Jun-20.xlsx\" --sheet \"Jun-20\"")
        {
            folder, template, from, sheet,
        };
        command.SetAction(parsed =>
        {
            var target = parsed.GetValue(folder) ?? new DirectoryInfo(Environment.CurrentDirectory);
            if (FileOnTheWay(target) is { } file)
                throw new UsageException($"{file} is a file, not a folder: kpipack init makes a pack in a folder; choose another name");
            if (parsed.GetValue(from) is { } appendix)
            {
                if (parsed.GetResult(template) is { Implicit: false })
                    throw new UsageException("--from and --template each say what to make the pack from: give one of them");
                return InitFromAppendix.Run(target, appendix.FullName, parsed.GetValue(sheet), stdout);
            }
            if (parsed.GetValue(sheet) is not null) throw new UsageException("--sheet names the sheet of the --from workbook: give --from too");
            var files = Templates.All[parsed.GetRequiredValue(template)];
            RefuseAPack(target, files.Select(f => f.File));

            MakePack(target, files.Select(f => (f.File, (Action<Stream>)(destination =>
            {
                using var source = Templates.Open(f.Resource);
                source.CopyTo(destination);
            }))).ToList());
            stdout.WriteLine($"made a pack in {target.FullName} from the {parsed.GetRequiredValue(template)} template: {string.Join(", ", files.Select(f => f.File))}");
            stdout.WriteLine($"next: put your indicators in the catalogue and this month's figures in the workbook, then run 'kpipack validate' and 'kpipack build' there ({Pack.FileName} says which files it reads)");
            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>The folder itself or the nearest of its parents that exists, when that is a file: nothing can be made under it.</summary>
    private static string? FileOnTheWay(DirectoryInfo target)
    {
        for (var dir = target; dir is not null; dir = dir.Parent)
        {
            if (File.Exists(dir.FullName)) return dir.FullName;
            if (Directory.Exists(dir.FullName)) return null;
        }
        return null;
    }

    /// <summary>A folder that already has any of the pack's files is refused: a folder of that name is as much in the way as a file.</summary>
    internal static void RefuseAPack(DirectoryInfo target, IEnumerable<string> files)
    {
        var existing = files.Append(Pack.FileName).Distinct().Select(f => Path.Combine(target.FullName, f)).Where(Path.Exists).ToList();
        if (existing.Count > 0)
            throw new UsageException($"{target.FullName} already has {string.Join(", ", existing.Select(Path.GetFileName))}: " +
                "kpipack init never overwrites a pack; choose an empty folder");
    }

    private static string Shown(string path) => path.Length > 120 ? path[..117] + "..." : path;

    /// <summary>All of the pack or none of it: a write that fails part-way removes what this run made.</summary>
    internal static void MakePack(DirectoryInfo target, IReadOnlyList<(string File, Action<Stream> Write)> files)
    {
        var made = new List<string>();
        var folderWasThere = target.Exists;
        try
        {
            Directory.CreateDirectory(target.FullName);
            foreach (var (file, write) in files)
            {
                var path = Path.Combine(target.FullName, file);
                using var destination = new FileStream(path, FileMode.CreateNew);
                made.Add(path);
                write(destination);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            foreach (var path in made) File.Delete(path);
            if (!folderWasThere && Directory.Exists(target.FullName) && !Directory.EnumerateFileSystemEntries(target.FullName).Any())
                Directory.Delete(target.FullName);
            // No permission is the user's to fix by choosing another folder; a full disk is a failed write.
            if (e is UnauthorizedAccessException)
                throw new UsageException($"cannot make a pack in {target.FullName}: no permission to write there; choose another folder");
            if (e is PathTooLongException)
                throw new UsageException($"cannot make a pack in {Shown(target.FullName)}: the name is longer than the file system allows; choose a shorter one");
            throw new OutputException($"could not write the pack in {target.FullName}: {e.Message} (nothing was left behind)");
        }
    }
}
