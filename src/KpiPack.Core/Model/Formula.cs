using System.Globalization;

namespace KpiPack.Core.Model;

/// <summary>
/// A catalogue formula such as <c>[M2] / [M1] * 100</c>: an indicator's value in a month computed from other
/// indicators' values in the same month. A tree of records, evaluated by walking it: nothing is compiled or run.
/// </summary>
public abstract record Formula
{
    /// <summary>The marker of a figure that cannot be formed (a division by zero); the appendix prints it as it is.</summary>
    public const string NotApplicable = "n/a";

    private Formula()
    {
    }

    public sealed record Number(decimal Value) : Formula;

    /// <summary>Another indicator's value in the same month, written <c>[ref]</c>.</summary>
    public sealed record Reference(string Ref) : Formula;

    public sealed record Negate(Formula Operand) : Formula;

    /// <summary>One of <c>+ - * /</c> applied to two operands.</summary>
    public sealed record Binary(char Operator, Formula Left, Formula Right) : Formula;

    /// <summary>
    /// <c>round(expr, n)</c>: the operand rounded half away from zero to <see cref="Decimals"/> places, as a
    /// spreadsheet's ROUND does. For a figure the data team's own sheet rounds before anything is derived from it: the
    /// council's M6-QL and EH4-QL are whole-number percentages (Jun-19 prints M6-QL 32 / 542 = 5.90% as 6.0), and their
    /// printed % changes come from those whole numbers.
    /// </summary>
    public sealed record Round : Formula
    {
        /// <summary>The most places a formula may round to; more would be finer than any printed figure.</summary>
        public const int MaxDecimals = 10;

        /// <exception cref="ArgumentOutOfRangeException"><paramref name="decimals"/> is not 0 to <see cref="MaxDecimals"/>.</exception>
        public Round(Formula operand, int decimals)
        {
            ArgumentOutOfRangeException.ThrowIfNegative(decimals);
            ArgumentOutOfRangeException.ThrowIfGreaterThan(decimals, MaxDecimals);
            Operand = operand;
            Decimals = decimals;
        }

        public Formula Operand { get; }

        public int Decimals { get; }
    }

    /// <summary>The refs the formula reads, each once, in the order they first appear.</summary>
    public IReadOnlyList<string> Refs => Walk(this).OfType<Reference>().Select(r => r.Ref).Distinct(StringComparer.Ordinal).ToList();

    /// <summary>
    /// The formula's value, unrounded. A missing operand makes the result missing with the first missing operand's
    /// marker (so "tbc" stays "tbc"); a division by zero, or a result too large to hold, is n/a, never an error.
    /// </summary>
    public Observation Evaluate(Func<string, Observation> valueOf)
    {
        switch (this)
        {
            case Number number:
                return Observation.Of(number.Value);
            case Reference reference:
                return valueOf(reference.Ref);
            case Negate negate:
                var operand = negate.Operand.Evaluate(valueOf);
                return operand.Number is { } n ? Observation.Of(-n) : operand;
            case Round round:
                var rounded = round.Operand.Evaluate(valueOf);
                return rounded.Number is { } exact ? Observation.Of(Math.Round(exact, round.Decimals, MidpointRounding.AwayFromZero)) : rounded;
            case Binary binary:
                var left = binary.Left.Evaluate(valueOf);
                if (left.Number is not { } l) return left;
                var right = binary.Right.Evaluate(valueOf);
                if (right.Number is not { } r) return right;
                return Apply(binary.Operator, l, r);
            default:
                throw new InvalidOperationException($"unknown formula node {GetType().Name}");
        }
    }

    private static Observation Apply(char op, decimal left, decimal right)
    {
        if (op == '/' && right == 0) return Observation.Missing(NotApplicable);
        try
        {
            return Observation.Of(op switch
            {
                '+' => left + right,
                '-' => left - right,
                '*' => left * right,
                '/' => left / right,
                _ => throw new InvalidOperationException($"unknown operator '{op}'"),
            });
        }
        catch (OverflowException)
        {
            // Past decimal's range (about 8e28): no indicator's figure, and nothing a formula should stop a build for.
            return Observation.Missing(NotApplicable);
        }
    }

    /// <summary>The formula as it would be written, with only the parentheses it needs: <c>[M2] / [M1] * 100</c>.</summary>
    // Sealed, so that the node records do not write their own (record) form instead.
    public sealed override string ToString() => Write(this, parentPrecedence: 0, rightOfSamePrecedence: false);

    private static string Write(Formula formula, int parentPrecedence, bool rightOfSamePrecedence)
    {
        switch (formula)
        {
            case Number number:
                return number.Value.ToString("0.############################", CultureInfo.InvariantCulture);
            case Reference reference:
                return $"[{reference.Ref}]";
            case Negate negate:
                return "-" + Write(negate.Operand, parentPrecedence: 3, rightOfSamePrecedence: false);
            case Round round:
                return $"round({Write(round.Operand, parentPrecedence: 0, rightOfSamePrecedence: false)}, {round.Decimals})";
            case Binary binary:
                var precedence = binary.Operator is '*' or '/' ? 2 : 1;
                var text = $"{Write(binary.Left, precedence, false)} {binary.Operator} {Write(binary.Right, precedence, true)}";
                // a - (b - c) and a / (b * c) need their parentheses; (a - b) - c does not.
                return precedence < parentPrecedence || (precedence == parentPrecedence && rightOfSamePrecedence) ? $"({text})" : text;
            default:
                throw new InvalidOperationException($"unknown formula node {formula.GetType().Name}");
        }
    }

    private static IEnumerable<Formula> Walk(Formula formula) => formula switch
    {
        Negate negate => Walk(negate.Operand).Prepend(formula),
        Round round => Walk(round.Operand).Prepend(formula),
        Binary binary => Walk(binary.Left).Concat(Walk(binary.Right)).Prepend(formula),
        _ => [formula],
    };
}
