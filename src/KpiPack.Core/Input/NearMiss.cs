namespace KpiPack.Core.Input;

/// <summary>
/// Finds the name someone probably meant. A misspelt optional column or sheet is otherwise ignored without a word,
/// and a report without its polarity or commentary goes to committee looking finished.
/// </summary>
public static class NearMiss
{
    /// <summary>
    /// The one name in <paramref name="known"/> that <paramref name="found"/> is a slip for, or null when none is close
    /// or it is one of them. Case, spaces, hyphens and underscores are ignored; then one slip is allowed in a short
    /// name and two in a longer one, or a shared stem ("comments" for "commentary").
    /// </summary>
    public static string? Meant(string found, IEnumerable<string> known)
    {
        var wanted = Normalise(found);
        if (wanted.Length is < 2 or > MaxLength) return null;
        var names = known.ToList();
        if (names.Contains(found.Trim(), StringComparer.OrdinalIgnoreCase)) return null;
        var close = names
            .Select(k => (Name: k, Distance: Distance(wanted, Normalise(k))))
            .Where(c => c.Distance <= Allowed(c.Name) || SharesStem(wanted, Normalise(c.Name)))
            .OrderBy(c => c.Distance)
            .ToList();
        // Two equally close names: a guess would be as likely wrong as right.
        return close.Count == 0 || close.Count > 1 && close[1].Distance == close[0].Distance ? null : close[0].Name;
    }

    private static int Allowed(string name) => Normalise(name).Length switch
    {
        <= 3 => 0,
        <= 5 => 1,
        _ => 2,
    };

    private const int StemLength = 6;

    // A header longer than this is a sentence, not a slip for a column name.
    private const int MaxLength = 40;

    private static bool SharesStem(string a, string b) =>
        a.Length >= StemLength && b.Length >= StemLength && a[..StemLength] == b[..StemLength];

    private static string Normalise(string name) =>
        new(name.Trim().ToLowerInvariant().Where(c => c is not (' ' or '_' or '-')).ToArray());

    /// <summary>Edits (insert, delete, replace, swap of neighbours) that turn one name into the other.</summary>
    internal static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++) d[i, 0] = i;
        for (var j = 0; j <= b.Length; j++) d[0, j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
            }
        }
        return d[a.Length, b.Length];
    }
}
