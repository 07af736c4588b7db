namespace KpiPack.Cli.Commands;

/// <summary>The pack templates embedded in the tool (the repository's templates/ folder).</summary>
internal static class Templates
{
    private const string Prefix = "templates/";

    public const string Default = "children-and-families";

    /// <summary>Template name → its files (name → resource).</summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<(string File, string Resource)>> All { get; } =
        typeof(Templates).Assembly.GetManifestResourceNames()
            .Select(resource => (Resource: resource, Path: resource.Replace('\\', '/')))
            .Where(r => r.Path.StartsWith(Prefix, StringComparison.Ordinal))
            .Select(r => (r.Resource, Parts: r.Path[Prefix.Length..].Split('/', 2)))
            .Where(r => r.Parts.Length == 2)
            .GroupBy(r => r.Parts[0])
            .ToDictionary(g => g.Key, g => (IReadOnlyList<(string, string)>)g.Select(r => (r.Parts[1], r.Resource)).OrderBy(f => f.Item1).ToList());

    public static Stream Open(string resource) =>
        typeof(Templates).Assembly.GetManifestResourceStream(resource)
        ?? throw new InvalidOperationException($"template file {resource} is missing from the tool");
}
