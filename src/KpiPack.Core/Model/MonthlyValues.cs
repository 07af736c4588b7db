namespace KpiPack.Core.Model;

/// <summary>The workbook: every indicator's value and commentary by month.</summary>
public sealed class MonthlyValues
{
    private readonly Dictionary<(string Ref, Month Month), Observation> _values;
    private readonly Dictionary<(string Ref, Month Month), string> _commentary;

    public MonthlyValues(
        string sourceFile,
        IReadOnlyDictionary<(string Ref, Month Month), Observation> values,
        IReadOnlyDictionary<(string Ref, Month Month), string> commentary)
    {
        SourceFile = sourceFile;
        _values = new(values);
        _commentary = new(commentary);
        Months = _values.Keys.Select(k => k.Month).Distinct().Order().ToList();
    }

    public string SourceFile { get; }

    /// <summary>Every month that has a cell, oldest first.</summary>
    public IReadOnlyList<Month> Months { get; }

    public Observation ValueOf(string reference, Month month) =>
        _values.GetValueOrDefault((reference, month), Observation.Blank);

    /// <summary>The same workbook with some values replaced or added (computed ones); its months stay as they are.</summary>
    public MonthlyValues With(IEnumerable<KeyValuePair<(string Ref, Month Month), Observation>> values)
    {
        var merged = new Dictionary<(string Ref, Month Month), Observation>(_values);
        foreach (var (key, value) in values)
        {
            if (!Months.Contains(key.Month)) throw new ArgumentException($"{key.Month} is not a month of the workbook", nameof(values));
            merged[key] = value;
        }
        return new MonthlyValues(SourceFile, merged, _commentary);
    }

    public string CommentaryOf(string reference, Month month) =>
        _commentary.GetValueOrDefault((reference, month), "");
}
