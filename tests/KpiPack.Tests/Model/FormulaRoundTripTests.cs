using KpiPack.Core.Input;
using KpiPack.Core.Model;

namespace KpiPack.Tests.Model;

/// <summary>
/// Random formulas from the grammar, one in three then damaged (a character dropped, doubled or replaced): reading
/// never throws, and what reads is written back (<see cref="Formula.ToString"/>) as text that reads to the same tree
/// and computes without throwing.
/// </summary>
public class FormulaRoundTripTests
{
    private static readonly string[] Refs = ["[A]", "[B (val)]", "[C %]", "[POP0-17]"];
    private static readonly string[] Numbers = ["0", "1", "2.5", "100", "10000", "99999999999999999999999999999"];
    private static readonly string[] Places = ["0", "1", "10", "11", "1.5", "-1", ""];
    private const string Noise = "[](),.+-*/ 0round";

    private static string Expression(Random random, int depth)
    {
        string Operand() => random.Next(6) switch
        {
            0 when depth < 4 => $"({Expression(random, depth + 1)})",
            1 when depth < 4 => $"{(random.Next(2) == 0 ? "round" : "ROUND")}({Expression(random, depth + 1)}, {Places[random.Next(Places.Length)]})",
            2 => "-" + Refs[random.Next(Refs.Length)],
            3 => Numbers[random.Next(Numbers.Length)],
            _ => Refs[random.Next(Refs.Length)],
        };
        var text = Operand();
        for (var i = random.Next(3); i > 0; i--) text += $" {"+-*/"[random.Next(4)]} {Operand()}";
        return text;
    }

    private static string Damaged(Random random, string text)
    {
        var at = random.Next(text.Length);
        return random.Next(3) switch
        {
            0 => text.Remove(at, 1),
            1 => text.Insert(at, text[at].ToString()),
            _ => text.Remove(at, 1).Insert(at, Noise[random.Next(Noise.Length)].ToString()),
        };
    }

    [Test]
    public void Reading_never_throws_and_what_reads_writes_back_to_the_same_tree([Values(1, 2, 3)] int seed)
    {
        var random = new Random(seed);
        var (read, rounds, refused) = (0, 0, 0);
        for (var i = 0; i < 2000; i++)
        {
            var text = Expression(random, 0);
            if (random.Next(3) == 0) text = Damaged(random, text);
            var (formula, error, position) = FormulaParser.Parse(text);
            if (formula is null)
            {
                refused++;
                Assert.That(error, Is.Not.Empty, text);
                Assert.That(position, Is.InRange(1, text.Length + 1), text);
                continue;
            }
            read++;
            if (formula.ToString().Contains("round(", StringComparison.Ordinal)) rounds++;
            Assert.That(FormulaParser.Parse(formula.ToString()).Formula, Is.EqualTo(formula), $"{text} → {formula}");
            var value = formula.Evaluate(r => Observation.Of(r.Length * 7.5m - 10));
            Assert.That(value.IsNumber || value.Marker == Formula.NotApplicable, $"{text} → {value}");
        }
        // Both sides of the grammar were exercised, round() among what was read.
        Assert.That(read, Is.GreaterThan(300));
        Assert.That(refused, Is.GreaterThan(300));
        Assert.That(rounds, Is.GreaterThan(100));
    }
}
