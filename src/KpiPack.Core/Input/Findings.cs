namespace KpiPack.Core.Input;

public enum Severity { Warning, Error }

/// <summary>One problem found in the user's files, where it is and what to do about it.</summary>
public sealed record Finding(Severity Severity, InputLocation Location, string Message)
{
    /// <summary>
    /// For a finding about one report month, the same finding said of any month, so that a check of many months can
    /// tell it once for all the months it is found in ("LAC2 moved with no commentary", for twelve months).
    /// </summary>
    public AcrossMonths? AcrossMonths { get; init; }

    /// <summary>The finding as one line: any character of the user's text a terminal would act on is written as an escape.</summary>
    public override string ToString() => MessageText.Escaped($"{Location}: {Message}");
}

/// <summary>
/// A finding about a report month said without the month, and its rank among such findings: lower ranks change more
/// of what the panel reads.
/// </summary>
public sealed record AcrossMonths(int Rank, InputLocation Location, string Message);

/// <summary>
/// The problems found while reading and checking a pack. Readers keep going after a bad row so that one run
/// reports every problem in a file, not just the first.
/// </summary>
public sealed class Findings : IReadOnlyList<Finding>
{
    private readonly List<Finding> _items = [];

    public int Count => _items.Count;
    public Finding this[int index] => _items[index];

    public bool HasErrors => _items.Any(f => f.Severity == Severity.Error);
    public IEnumerable<Finding> Errors => _items.Where(f => f.Severity == Severity.Error);
    public IEnumerable<Finding> Warnings => _items.Where(f => f.Severity == Severity.Warning);

    public void Error(InputLocation location, string message) => _items.Add(new Finding(Severity.Error, location, message));
    public void Warning(InputLocation location, string message, AcrossMonths? acrossMonths = null) =>
        _items.Add(new Finding(Severity.Warning, location, message) { AcrossMonths = acrossMonths });

    public void Add(IEnumerable<Finding> found) => _items.AddRange(found);

    /// <summary>Runs one step of reading; a problem it throws becomes an error and reading goes on.</summary>
    public bool Try(Action step)
    {
        try
        {
            step();
            return true;
        }
        catch (InputException e)
        {
            _items.AddRange(e.Findings);
            return false;
        }
    }

    /// <summary>Throws the errors, if there are any, as one exception.</summary>
    public void ThrowIfErrors()
    {
        if (HasErrors) throw new InputException(Errors.ToList());
    }

    public IEnumerator<Finding> GetEnumerator() => _items.GetEnumerator();
    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
}
