using System.CommandLine;
using KpiPack.Cli.Commands;
using KpiPack.Core.Building;
using KpiPack.Core.Input;

namespace KpiPack.Cli;

/// <summary>The command line: one root command with a subcommand per job.</summary>
public static class KpiPackCli
{
    /// <param name="clock">Today's date, for telling a month still to come; the machine's clock unless a test fixes it.</param>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr, TimeProvider? clock = null)
    {
        clock ??= TimeProvider.System;
        var details = stderr;
        stderr = new MessageWriter(stderr);
        stdout = new StandardOutput(stdout);
        var verbose = new Option<bool>("--verbose") { Description = "On an unexpected failure, print the full details.", Recursive = true };
        var root = new RootCommand("KpiPack: the monthly KPI appendix for children's services scrutiny, from a catalogue and a workbook.")
        {
            InitCommand.Create(stdout),
            ValidateCommand.Create(stdout, stderr, clock),
            BuildCommand.Create(stdout, stderr, clock),
            DeriveCommand.Create(stdout, stderr),
            DraftCommand.Create(stdout, stderr),
        };
        root.Options.Add(verbose);
        // .NET refuses a NUL in a path with an exception while the options are parsed; a shell cannot pass one, but a
        // program calling kpipack can. Said like any other slip on the command line.
        if (args.Select((arg, i) => (Arg: arg, Index: i)).FirstOrDefault(a => a.Arg.Contains('\0')) is { Arg: not null } nul)
        {
            var option = nul.Index > 0 && args[nul.Index - 1].StartsWith('-') ? $"the value of {args[nul.Index - 1]}" : $"argument {nul.Index + 1}";
            stderr.WriteLine($"kpipack: {option} has a NUL character (U+0000), which no name or value can hold: retype it");
            return ExitCodes.Usage;
        }
        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var message in UsageErrors.Of(parsed)) stderr.WriteLine($"kpipack: {message}");
            return ExitCodes.Usage;
        }

        try
        {
            var code = parsed.Invoke(new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false });
            stdout.Flush();
            return code;
        }
        catch (Exception e) when (e is UsageException or RequestException)
        {
            stderr.WriteLine($"kpipack: {e.Message}");
            return ExitCodes.Usage;
        }
        catch (OutputException e)
        {
            stderr.WriteLine($"kpipack: {e.Message}");
            return ExitCodes.Unexpected;
        }
        catch (InputException e)
        {
            FindingReport.Write(stderr, e.Findings);
            return ExitCodes.DataError;
        }
        catch (Exception e)
        {
            // Anything else is ours or the machine's, not the user's data: say what, and the details only if asked.
            stderr.WriteLine($"kpipack: unexpected failure: {e.Message}");
            // The details as they are, on many lines: they are ours (a stack trace), asked for.
            if (parsed.GetValue(verbose)) details.WriteLine(e.ToString());
            else stderr.WriteLine("kpipack: run again with --verbose for the details");
            return ExitCodes.Unexpected;
        }
    }
}
