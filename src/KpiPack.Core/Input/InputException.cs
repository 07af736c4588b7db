namespace KpiPack.Core.Input;

/// <summary>
/// Where in the user's files a problem is: file, and sheet, row and column where there is one; or, in a text file
/// such as the pack file, the line (and the column, counted in characters from 1).
/// </summary>
public sealed record InputLocation(string File, string? Sheet = null, int? Row = null, string? Column = null, int? Line = null)
{
    public override string ToString()
    {
        var parts = new List<string> { File };
        if (Sheet is not null) parts.Add($"sheet '{Sheet}'");
        if (Row is not null) parts.Add($"row {Row}");
        if (Line is not null) parts.Add($"line {Line}");
        if (Column is not null) parts.Add($"column {Column}");
        return string.Join(", ", parts);
    }
}

/// <summary>
/// Bad input: one or more errors, each a line a data team can act on, starting with where the problem is.
/// The message is the first of them.
/// </summary>
public sealed class InputException : Exception
{
    public InputException(InputLocation location, string problem)
        : this([new Finding(Severity.Error, location, problem)])
    {
    }

    public InputException(IReadOnlyList<Finding> findings)
        : base(findings.Count > 0 ? findings[0].ToString() : "bad input")
    {
        Findings = findings;
    }

    public IReadOnlyList<Finding> Findings { get; }
}
