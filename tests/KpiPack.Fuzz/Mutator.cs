using System.IO.Compression;
using System.Text;

namespace KpiPack.Fuzz;

/// <summary>Changes an input a little, the way hand edits and bad exports do, or at random.</summary>
internal sealed class Mutator(Random random)
{
    private static readonly string[] Tokens =
    [
        ",", "\"", "\"\"", "\n", "\r\n", ";", "\t", "%", "-", "tbc", "n/a", "#DIV/0!", "#REF!", "=SUM(A1)", "1e400",
        "79228162514264337593543950335", "-79228162514264337593543950335", "0.0000000000000000000000000001", "NaN", "∞",
        "1,234", "1,2,3", "2020-13", "2020-06", "Jun-20", "1900-01", "9999-12", "target_2019_20", "target_2019_21",
        "ref", "indicator", "unit", "percent", "polarity", "down", "decimals", "99", "-1", "\u0000", "\u202E", "مرحبا", "£", "\uFEFF",
        new string('x', 5000),
        // The catalogue's formula column: refs in brackets, operators, a division by zero, a product past decimal's range, deep nesting.
        "formula", "[M1]", "[M3]", "[M2] / [M1] * 100", "[", "]", "(", ")", "/ 0", "*", "[]", "[LAC1] / [POP0-17] * 10000",
        "round(", ", 0)", ", 11)", "round([M2] / [M1] * 100, 1)",
        "[M1] * [M1] * [M1] * [M1] * [M1]", new string('(', 300) + "1" + new string(')', 300), "- -[M1]", "[M1]]", "[M1] * 350000000000000000000000000",
    ];

    public byte[] Mutate(Seed seed) => seed.Extension == ".xlsx" ? MutateWorkbook(seed.Bytes) : MutateText(seed.Bytes);

    private byte[] MutateText(byte[] bytes)
    {
        var text = Encoding.UTF8.GetString(bytes);
        var rounds = 1 + random.Next(4);
        for (var i = 0; i < rounds; i++) text = MutateOnce(text);
        return random.Next(10) == 0 ? Encoding.Latin1.GetBytes(text) : Encoding.UTF8.GetBytes(text);
    }

    private string MutateOnce(string text)
    {
        if (text.Length == 0) return Tokens[random.Next(Tokens.Length)];
        var at = random.Next(text.Length);
        var lines = text.Split('\n');
        switch (random.Next(9))
        {
            case 7: // a formula cell: this file's refs with numbers, operators and brackets, sometimes malformed
                var column = Array.FindIndex(lines[0].Split(','), h => h.Trim().Equals("formula", StringComparison.OrdinalIgnoreCase));
                if (column < 0 || lines.Length < 2) goto default;
                var row = 1 + random.Next(lines.Length - 1);
                var cells = lines[row].Split(',');
                if (cells.Length <= column) goto default;
                var refs = lines.Skip(1).Select(l => l.Split(',')[0]).Where(r => r.Length > 0).ToList();
                cells[column] = Formula(refs, depth: 0);
                lines[row] = string.Join(',', cells);
                return string.Join('\n', lines);
            case 0: return text.Insert(at, Tokens[random.Next(Tokens.Length)]);
            case 1: return text.Remove(at, Math.Min(text.Length - at, 1 + random.Next(20)));
            case 2: // replace a field
                var line = random.Next(lines.Length);
                var fields = lines[line].Split(',');
                fields[random.Next(fields.Length)] = Tokens[random.Next(Tokens.Length)];
                lines[line] = string.Join(',', fields);
                return string.Join('\n', lines);
            case 3: // duplicate a line
                var copy = random.Next(lines.Length);
                return string.Join('\n', lines.Take(copy + 1).Append(lines[copy]).Concat(lines.Skip(copy + 1)));
            case 4: // drop a line
                return string.Join('\n', lines.Where((_, i) => i != random.Next(lines.Length)));
            case 5: // swap two lines, the header among them
                var (a, b) = (random.Next(lines.Length), random.Next(lines.Length));
                (lines[a], lines[b]) = (lines[b], lines[a]);
                return string.Join('\n', lines);
            case 6: return text[..at];
            default:
                var chars = text.ToCharArray();
                chars[at] = (char)random.Next(0, 0x3000);
                return new string(chars);
        }
    }

    /// <summary>A random formula over <paramref name="refs"/>; one in four has a character dropped or doubled.</summary>
    private string Formula(IReadOnlyList<string> refs, int depth)
    {
        string Operand() => random.Next(4) switch
        {
            0 when depth < 4 => random.Next(3) == 0
                // round(expr, n), now and then with places it refuses (11) or cannot read (1.5)
                ? $"round({Formula(refs, depth + 1)}, {random.Next(5) switch { 0 => "11", 1 => "1.5", _ => random.Next(4).ToString() }})"
                : "(" + Formula(refs, depth + 1) + ")",
            1 => random.Next(3) switch { 0 => "0", 1 => "100", _ => "10000" },
            _ => refs.Count == 0 ? "[M1]" : $"[{refs[random.Next(refs.Count)]}]",
        };
        var text = Operand();
        for (var i = random.Next(3); i > 0; i--) text += $" {"+-*/"[random.Next(4)]} {Operand()}";
        if (depth > 0 || random.Next(4) != 0 || text.Length == 0) return text;
        var at = random.Next(text.Length);
        return random.Next(2) == 0 ? text.Remove(at, 1) : text.Insert(at, text[at].ToString());
    }

    /// <summary>Mostly mutates the sheets' XML inside the zip, so the reader gets past the container.</summary>
    private byte[] MutateWorkbook(byte[] bytes)
    {
        if (random.Next(5) == 0)
        {
            var copy = (byte[])bytes.Clone();
            for (var i = 0; i < 1 + random.Next(8); i++) copy[random.Next(copy.Length)] = (byte)random.Next(256);
            return copy;
        }
        if (!bytes.AsSpan().StartsWith("PK"u8)) return MutateText(bytes);
        try
        {
            return MutateSheets(bytes);
        }
        catch (InvalidDataException)
        {
            return MutateText(bytes); // a seed that is a broken zip already (the corpus has a truncated .xlsx)
        }
    }

    private byte[] MutateSheets(byte[] bytes)
    {
        using var output = new MemoryStream();
        output.Write(bytes);
        using (var zip = new ZipArchive(output, ZipArchiveMode.Update, leaveOpen: true))
        {
            var sheets = zip.Entries.Where(e => e.FullName.StartsWith("xl/worksheets/") || e.FullName == "xl/sharedStrings.xml").ToList();
            if (sheets.Count > 0)
            {
                var entry = sheets[random.Next(sheets.Count)];
                string xml;
                using (var reader = new StreamReader(entry.Open())) xml = reader.ReadToEnd();
                var name = entry.FullName;
                entry.Delete();
                using var writer = new StreamWriter(zip.CreateEntry(name).Open());
                writer.Write(MutateXml(xml));
            }
        }
        return output.ToArray();
    }

    private string MutateXml(string xml)
    {
        string[] xmlTokens = ["<x:v>abc</x:v>", "<v>-1</v>", " t=\"e\"", " t=\"s\"", "<f>A1</f>", "999999999", "1E+300", "#DIV/0!", "&amp;", "<", "\"", " s=\"99\""];
        var at = xml.Length == 0 ? 0 : random.Next(xml.Length);
        return random.Next(3) switch
        {
            0 => xml.Insert(at, xmlTokens[random.Next(xmlTokens.Length)]),
            1 => xml.Remove(at, Math.Min(xml.Length - at, 1 + random.Next(30))),
            _ => MutateOnce(xml),
        };
    }
}
