namespace KpiPack.Tests.Accessibility;

/// <summary>
/// One element of a tagged PDF's structure tree, as a screen reader meets it. <see cref="Type"/> is the standard
/// structure type after the RoleMap (H1, Table, TH, Figure…); <see cref="Scope"/> is a table cell's /Scope attribute;
/// <see cref="Text"/> is the text of the marked content this element itself references (its MCIDs), in content order,
/// not its children's: <see cref="AllText"/> adds those.
/// </summary>
public sealed record StructNode(string Type, string? Alt, string? Scope, string? Lang, string Text, IReadOnlyList<StructNode> Children)
{
    /// <summary>This element's text followed by its descendants', in tree order, the non-empty parts joined by <paramref name="separator"/>.</summary>
    public string AllText(string separator = "") =>
        string.Join(separator, new[] { Text }.Concat(Children.Select(c => c.AllText(separator))).Where(t => t.Length > 0));

    /// <summary>This element and every element under it, in document (depth-first) order.</summary>
    public IEnumerable<StructNode> SelfAndDescendants() => new[] { this }.Concat(Children.SelectMany(c => c.SelfAndDescendants()));
}
