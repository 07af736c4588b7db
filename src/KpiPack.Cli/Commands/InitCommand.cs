using System.CommandLine;
using KpiPack.Core.Packs;

namespace KpiPack.Cli.Commands;

/// <summary><c>kpipack init</c>: makes a pack folder from a template, never over an existing one.</summary>
internal static class InitCommand
{
    public static Command Create(TextWriter stdout)
    {
        var folder = new Argument<DirectoryInfo>("folder")
        {
            Description = "Where to make the pack (default: the current folder).",
            DefaultValueFactory = _ => new DirectoryInfo(Environment.CurrentDirectory),
        };
        var template = new Option<string>("--template")
        {
            Description = $"The template to start from: {string.Join(", ", Templates.All.Keys.Order())}.",
            DefaultValueFactory = _ => Templates.Default,
        };
        template.AcceptOnlyFromAmong([.. Templates.All.Keys.Order()]);

        var command = new Command("init",
            "Make a pack folder: kpipack.json, a catalogue and a workbook to fill in.\n" +
            "Example: kpipack init scrutiny-panel --template children-and-families")
        {
            folder, template,
        };
        command.SetAction(parsed =>
        {
            var target = parsed.GetRequiredValue(folder);
            var files = Templates.All[parsed.GetRequiredValue(template)];
            if (File.Exists(target.FullName))
                throw new UsageException($"{target.FullName} is a file, not a folder: kpipack init makes a pack in a folder; choose another name");
            var existing = files.Select(f => Path.Combine(target.FullName, f.File)).Where(File.Exists).ToList();
            if (existing.Count > 0)
                throw new UsageException($"{target.FullName} already has {string.Join(", ", existing.Select(Path.GetFileName))}: " +
                    "kpipack init never overwrites a pack; choose an empty folder");

            Directory.CreateDirectory(target.FullName);
            foreach (var (file, resource) in files)
            {
                using var source = Templates.Open(resource);
                using var destination = new FileStream(Path.Combine(target.FullName, file), FileMode.CreateNew);
                source.CopyTo(destination);
            }
            stdout.WriteLine($"made a pack in {target.FullName} from the {parsed.GetRequiredValue(template)} template: {string.Join(", ", files.Select(f => f.File))}");
            stdout.WriteLine($"next: put your indicators in the catalogue and this month's figures in the workbook, then run 'kpipack validate' and 'kpipack build' there ({Pack.FileName} says which files it reads)");
            return ExitCodes.Ok;
        });
        return command;
    }
}
