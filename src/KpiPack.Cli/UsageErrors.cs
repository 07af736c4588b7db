using System.CommandLine;
using System.CommandLine.Parsing;
using KpiPack.Core.Input;

namespace KpiPack.Cli;

/// <summary>
/// The command-line mistakes System.CommandLine finds, said in KpiPack's words: what was not understood, what was
/// probably meant, and where to look. Errors the options' own parsers give are already in those words and kept.
/// </summary>
internal static class UsageErrors
{
    public static IReadOnlyList<string> Of(ParseResult parsed)
    {
        var command = parsed.CommandResult.Command;
        var name = command is RootCommand ? "kpipack" : $"kpipack {command.Name}";
        var messages = new List<string>();
        string? unknownOption = null;
        foreach (var token in parsed.UnmatchedTokens)
        {
            // The value after an option KpiPack does not know is that option's, not a second mistake.
            if (unknownOption is not null && !token.StartsWith('-')) { unknownOption = null; continue; }
            if (token.StartsWith('-'))
            {
                unknownOption = token;
                var names = command.Options.Where(o => !o.Hidden).SelectMany(o => o.Aliases.Prepend(o.Name));
                messages.Add($"'{token}' is not an option of '{name}'{DidYouMean(token, names)} ('{name} --help' lists them)");
            }
            else if (command is RootCommand)
                messages.Add($"'{token}' is not a command{DidYouMean(token, command.Subcommands.Select(c => c.Name))} " +
                    $"(the commands are {string.Join(", ", command.Subcommands.Select(c => c.Name))})");
            else
                messages.Add($"'{token}' was not expected: each value follows its option, e.g. --month 2020-06");
        }

        foreach (var error in parsed.Errors)
        {
            switch (error.SymbolResult)
            {
                case OptionResult { Tokens.Count: 0 } option when !IsOwnMessage(error, option.Option):
                    messages.Add($"{option.Option.Name} needs a value: '{name} --help' says what it takes");
                    break;
                case CommandResult { Command: RootCommand root } when parsed.UnmatchedTokens.Count == 0:
                    messages.Add($"name a command: {string.Join(", ", root.Subcommands.Select(c => c.Name))} ('kpipack --help' says what each does)");
                    break;
                case CommandResult:
                    break; // an unmatched token, said above
                default:
                    messages.Add(error.Message);
                    break;
            }
        }
        return messages.Distinct().ToList();
    }

    // The options' own parsers name the option in what they say ("--month '2020-13' is not a month").
    private static bool IsOwnMessage(ParseError error, Option option) => error.Message.StartsWith(option.Name + " ", StringComparison.Ordinal);

    private static string DidYouMean(string token, IEnumerable<string> names) =>
        NearMiss.Meant(token.TrimStart('-'), names.Select(n => n.TrimStart('-')).Distinct()) is { } meant
            ? $": did you mean '{(token.StartsWith('-') ? "--" : "")}{meant}'?"
            : "";
}
