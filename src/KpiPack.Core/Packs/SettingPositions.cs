using KpiPack.Core.Input;

namespace KpiPack.Core.Packs;

/// <summary>
/// Where each setting of a pack file was written ("months", "appendices[0].tables[1]"), so that a setting refused
/// once it is read is named at its line and column, as a slip in the file's syntax is.
/// </summary>
internal sealed record SettingPositions(string File, IReadOnlyDictionary<string, (int Line, int Column)> Written, string Prefix = "")
{
    /// <summary>The setting <paramref name="name"/> under this one; failing that, this one; failing that, the file.</summary>
    public InputLocation At(string name = "")
    {
        // An entry of a list is written "benchmarks[0]", without a dot before its index.
        for (var path = name.StartsWith('[') ? Prefix.TrimEnd('.') + name : Prefix + name; path.Length > 0; path = Parent(path))
            if (Written.TryGetValue(path, out var at)) return new InputLocation(File, Line: at.Line, Column: at.Column.ToString(System.Globalization.CultureInfo.InvariantCulture));
        return new InputLocation(File);
    }

    /// <summary>The positions of the settings inside <paramref name="name"/> (such as "appendices[0]").</summary>
    public SettingPositions In(string name) => this with { Prefix = Prefix + name + "." };

    private static string Parent(string path)
    {
        var trimmed = path.TrimEnd('.');
        if (trimmed.Length < path.Length) return trimmed;
        var cut = Math.Max(path.LastIndexOf('.'), path.LastIndexOf('['));
        return cut > 0 ? path[..cut] : "";
    }
}
