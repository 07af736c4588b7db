using System.CommandLine;

namespace KpiPack.Cli.Commands;

/// <summary>An option taking one of a few names, in any case (JSON is json), the first being the default.</summary>
internal static class ChoiceOption
{
    public static Option<string> Of(string name, string description, params string[] choices) => new(name)
    {
        Description = description,
        HelpName = string.Join("|", choices),
        DefaultValueFactory = _ => choices[0],
        CustomParser = result =>
        {
            var text = result.Tokens.Count > 0 ? result.Tokens[0].Value : "";
            if (choices.FirstOrDefault(c => c.Equals(text, StringComparison.OrdinalIgnoreCase)) is { } choice) return choice;
            result.AddError($"{name} '{text}' is not {string.Join(", ", choices[..^1])}{(choices.Length > 1 ? " or " : "")}{choices[^1]}");
            return choices[0];
        },
    };
}
