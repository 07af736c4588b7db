namespace KpiPack.Core.Appendix;

public enum CellAlign { Left, Centre, Right }

/// <summary>
/// What one cell of the appendix says, for each edition to show in its own medium: both put the note on a line of
/// its own; the PDF draws the swatch as a fill, the HTML as a style class, and says <see cref="Spoken"/> to a screen
/// reader in place of glyphs.
/// </summary>
public sealed record Cell(string Text)
{
    /// <summary>Words that go with the figure: the judgement mark, the RAG word, "(9 months)".</summary>
    public string Note { get; init; } = "";

    public CellAlign Align { get; init; }
    public bool Strong { get; init; }
    public bool Muted { get; init; }

    /// <summary>The report month's own column, picked out.</summary>
    public bool Current { get; init; }

    public Swatch? Swatch { get; init; }

    /// <summary>What a screen reader is told instead of the text, where the text is arrows and marks.</summary>
    public string? Spoken { get; init; }

    public Sparkline? Sparkline { get; init; }

    /// <summary>The text and the note as one line of words, for a spreadsheet cell.</summary>
    public string Words => Note.Length == 0 ? Text : Text.Length == 0 ? Note : $"{Text} {Note}";
}
