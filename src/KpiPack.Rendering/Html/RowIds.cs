using System.Text;

namespace KpiPack.Rendering.Html;

/// <summary>
/// An id for each indicator's row, made from its ref so a link to it reads sensibly ("#row-LAC11-QL"): an exception
/// links to its row. A ref can hold any character, so only letters, digits, '-' and '_' are kept, and two refs that
/// come out the same are told apart by a number.
/// </summary>
internal sealed class RowIds
{
    private readonly Dictionary<string, string> _ids = [];

    public RowIds(IEnumerable<string> refs)
    {
        var taken = new HashSet<string>();
        foreach (var @ref in refs.Distinct())
        {
            var id = Safe(@ref);
            for (var n = 2; !taken.Add(id); n++) id = $"{Safe(@ref)}-{n}";
            _ids[@ref] = id;
        }
    }

    /// <summary>The id of the row of the indicator with <paramref name="ref"/>; null when the table has no such row.</summary>
    public string? Of(string @ref) => _ids.GetValueOrDefault(@ref);

    private static string Safe(string @ref)
    {
        var id = new StringBuilder("row-");
        foreach (var c in @ref)
            if (char.IsAsciiLetterOrDigit(c) || c is '-' or '_') id.Append(c);
            else if (id[^1] != '-') id.Append('-');
        return id.ToString().TrimEnd('-');
    }
}
