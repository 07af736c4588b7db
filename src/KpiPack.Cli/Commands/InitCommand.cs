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
        };
        var template = ChoiceOption.Of("--template", "The template to start from.",
            [Templates.Default, .. Templates.All.Keys.Where(k => k != Templates.Default).Order()]);

        var command = new Command("init",
            "Make a pack folder: kpipack.json, a catalogue and a workbook to fill in.\n" +
            "Example: kpipack init scrutiny-panel --template children-and-families")
        {
            folder, template,
        };
        command.SetAction(parsed =>
        {
            var target = parsed.GetValue(folder) ?? new DirectoryInfo(Environment.CurrentDirectory);
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
