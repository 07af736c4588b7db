namespace KpiPack.Core.Input.Headings;

/// <summary>What KpiPack does with a column under a known heading, in the catalogue or in the workbook.</summary>
public enum HeadingUse
{
    /// <summary>Read: its cells become part of the report.</summary>
    Read,

    /// <summary>Kept with each indicator for a pack to print when its settings name it (ref_id).</summary>
    Kept,

    /// <summary>A text the catalogue also holds: compared with the catalogue, a disagreement said once.</summary>
    Checked,

    /// <summary>A figure the council prints that KpiPack works out itself from the values: not read, and said so once.</summary>
    Derived,

    /// <summary>Belongs in the other file (a benchmark in the workbook, commentary in the catalogue): not read, said once.</summary>
    OtherFile,
}

/// <summary>
/// One heading KpiPack knows: its name in KpiPack's own files, what its column holds, what is done with it in each
/// file, and the other ways councils head it. An alias ending in '*' matches any heading that starts with it.
/// </summary>
public sealed record KnownHeading(
    string Key,
    string Meaning,
    HeadingUse InCatalogue,
    HeadingUse InWorkbook,
    IReadOnlyList<string> Aliases,
    string? WithoutIt = null)
{
    /// <summary>Whether a heading, normalised by <see cref="HeadingText.Normalise"/>, is this one.</summary>
    public bool Matches(string normalised) =>
        normalised == HeadingText.Normalise(Key) || Aliases.Any(alias => alias.EndsWith('*')
            ? normalised.StartsWith(HeadingText.Normalise(alias[..^1]), StringComparison.Ordinal)
            : normalised == HeadingText.Normalise(alias));

    /// <summary>The use in one file or the other.</summary>
    public HeadingUse In(HeadingFile file) => file == HeadingFile.Catalogue ? InCatalogue : InWorkbook;
}

/// <summary>The two files a pack reads headings in.</summary>
public enum HeadingFile { Catalogue, Workbook }
