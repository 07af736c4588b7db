using System.CommandLine;

namespace KpiPack.Cli.Commands;

/// <summary>A --format option taking one of a few names, in any case (JSON is json), the first being the default.</summary>
internal static class FormatOption
{
    public static Option<string> Of(string description, params string[] formats) => new("--format")
    {
        Description = description,
        DefaultValueFactory = _ => formats[0],
        CustomParser = result =>
        {
            var text = result.Tokens.Count > 0 ? result.Tokens[0].Value : "";
            if (formats.FirstOrDefault(f => f.Equals(text, StringComparison.OrdinalIgnoreCase)) is { } format) return format;
            result.AddError($"--format '{text}' is not {string.Join(" or ", formats)}");
            return formats[0];
        },
    };
}
