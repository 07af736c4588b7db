using System.Globalization;
using KpiPack.Core.Model;
using Superpower;
using Superpower.Model;
using Superpower.Parsers;

namespace KpiPack.Core.Input;

/// <summary>
/// Reads a catalogue formula: refs in square brackets (a ref may hold spaces, round brackets and %, so
/// <c>[LAC11-QL (%)]</c> is one ref), numbers, <c>+ - * /</c> with the usual precedence, parentheses, a leading
/// minus and <c>round(expr, n)</c> (any case, as spreadsheets write ROUND). Superpower's combinators keep the grammar to a few lines and say where a syntax error is.
/// </summary>
public static class FormulaParser
{
    /// <summary>The formula, or the reason it cannot be read and the character (from 1) where reading stopped.</summary>
    public static (Formula? Formula, string? Error, int Position) Parse(string text)
    {
        var result = Whole.TryParse(text);
        if (result.HasValue) return (result.Value, null, 0);
        var position = result.ErrorPosition.HasValue ? result.ErrorPosition.Column : text.Length + 1;
        return (null, result.FormatErrorMessageFragment(), position);
    }

    private static TextParser<T> Lexeme<T>(TextParser<T> parser) =>
        from value in parser
        from _ in Character.WhiteSpace.Many()
        select value;

    private static TextParser<char> Symbol(char c) => Lexeme(Character.EqualTo(c));

    // Digits with an optional fraction; a sign is the unary minus below, so "[A]-1" is a subtraction.
    private static readonly TextParser<Formula> Number =
        Lexeme(Span.Regex(@"[0-9]+(\.[0-9]+)?")
            .Named("number")
            // Past decimal's range (29 digits) a number cannot be held; the fuzzer found one.
            .Where(span => decimal.TryParse(span.ToStringValue(), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out _), "a number that is too large")
            .Select(span => (Formula)new Formula.Number(decimal.Parse(span.ToStringValue(), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture))));

    private static readonly TextParser<Formula> Reference =
        Lexeme(
            from open in Character.EqualTo('[')
            from name in Character.Except(']').Many()
            from close in Character.EqualTo(']')
            select (Formula)new Formula.Reference(new string(name).Trim()))
        .Named("ref in [ ]");

    private static readonly TextParser<Formula> Parenthesised =
        from open in Symbol('(')
        from inner in Superpower.Parse.Ref(() => Expression!)
        from close in Symbol(')')
        select inner;

    private static readonly TextParser<Formula> Negated =
        from minus in Symbol('-')
        from operand in Superpower.Parse.Ref(() => Factor!)
        select (Formula)new Formula.Negate(operand);

    // Whole places from 0 to Formula.Round.MaxDecimals: round([A], 1.5) or round([A], 99) is a syntax error where the places are.
    private static readonly TextParser<int> Places =
        Lexeme(Span.Regex("[0-9]+")
            .Named("decimal places")
            .Where(span => int.TryParse(span.ToStringValue(), NumberStyles.None, CultureInfo.InvariantCulture, out var places) && places <= Formula.Round.MaxDecimals,
                $"decimal places from 0 to {Formula.Round.MaxDecimals}")
            .Select(span => int.Parse(span.ToStringValue(), NumberStyles.None, CultureInfo.InvariantCulture)));

    private static readonly TextParser<Formula> Rounded =
        from name in Span.EqualToIgnoreCase("round")
        from open in Symbol('(')
        from inner in Superpower.Parse.Ref(() => Expression!)
        from comma in Symbol(',')
        from places in Places
        from close in Symbol(')')
        select (Formula)new Formula.Round(inner, places);

    private static readonly TextParser<Formula> Factor = Number.Or(Reference).Or(Parenthesised).Or(Negated).Or(Rounded);

    private static readonly TextParser<char> MultiplyOrDivide = Symbol('*').Or(Symbol('/')).Named("operator");
    private static readonly TextParser<char> AddOrSubtract = Symbol('+').Or(Symbol('-')).Named("operator");

    private static readonly TextParser<Formula> Term =
        Superpower.Parse.Chain(MultiplyOrDivide, Factor, (op, left, right) => new Formula.Binary(op, left, right));

    private static readonly TextParser<Formula> Expression =
        Superpower.Parse.Chain(AddOrSubtract, Term, (op, left, right) => new Formula.Binary(op, left, right));

    private static readonly TextParser<Formula> Whole =
        from _ in Character.WhiteSpace.Many()
        from formula in Expression.AtEnd()
        select formula;
}
