namespace KpiPack.Core.Input;

/// <summary>
/// The work one file may cost as it is read: cells (rows times their width) and characters of text (each cell's text
/// each time a cell shows it). File sizes alone do not bound it: a few kilobytes can name the last column of every
/// row, or one long string for every cell. Spent as the cells are read, so a hostile file is refused early and fast.
/// </summary>
internal sealed class ReadBudget
{
    private long _cells;
    private long _characters;

    /// <summary>Counts a row of <paramref name="width"/> cells, before they are made.</summary>
    public void Row(InputLocation at, int width)
    {
        if (width > InputLimits.Columns)
            throw new InputException(at, $"{InputLimits.Count(width)} columns, more than a spreadsheet has ({InputLimits.Count(InputLimits.Columns)}): is this the right file?");
        if ((_cells += width) > InputLimits.Cells)
            throw new InputException(at,
                $"more than {InputLimits.Count(InputLimits.Cells)} cells up to here (rows times their width, to each row's last cell with something in it), " +
                "the most KpiPack reads: is this the right file? clear any cells to the right of or below the figures");
    }

    /// <summary>Counts one cell's text.</summary>
    public void Text(InputLocation at, int length)
    {
        if ((_characters += length) > InputLimits.TextCharacters)
            throw new InputException(at,
                $"the cells' text adds up to more than {InputLimits.Count(InputLimits.TextCharacters)} characters up to here, the most KpiPack reads: is this the right file?");
    }
}
