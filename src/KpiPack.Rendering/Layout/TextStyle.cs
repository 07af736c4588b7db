using KpiPack.Core.Appendix;

namespace KpiPack.Rendering.Layout;

internal enum TextAlign { Left, Center, Right }

/// <summary>How a run of text looks: size in points, weight, colour and alignment.</summary>
internal sealed record TextStyle(float Size, bool Bold = false, Rgb? Color = null, TextAlign Align = TextAlign.Left)
{
    /// <summary>Baseline-to-baseline distance.</summary>
    public float LineHeight => Size * 1.2f;

    public Rgb Ink => Color ?? Rgb.Black;

    public TextFont Font => new(Bold, Size);

    /// <summary>
    /// Each line of the text (as split at '\n') is one run that is never wrapped or cut: a reference such as
    /// "LAC11-QL (%)" reads wrongly broken at its space. Spaces stay ordinary spaces, so the text is found in the PDF.
    /// </summary>
    public bool Unbreakable { get; init; }

    /// <summary>
    /// The most lines the text may take: a page header or a key has a space of its own, which text past it would
    /// overrun. The last line kept ends in an ellipsis; <see cref="TextBlock.Shortened"/> says whether it was needed.
    /// </summary>
    public int? MaxLines { get; init; }

    /// <summary>
    /// The text ends in a space as drawn (not as measured): a label with its words in a column beside it ("Assurance:"
    /// then "passes") is otherwise extracted from the PDF, and read, as one run-together word.
    /// </summary>
    public bool SpaceAfter { get; init; }

    public TextStyle WithBold() => this with { Bold = true };
    public TextStyle WithAlign(TextAlign align) => this with { Align = align };
    public TextStyle WithColor(Rgb color) => this with { Color = color };
    public TextStyle WithUnbreakable() => this with { Unbreakable = true };
    public TextStyle WithMaxLines(int lines) => this with { MaxLines = lines };
}
