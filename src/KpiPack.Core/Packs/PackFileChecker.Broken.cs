using System.Text.Json;
using KpiPack.Core.Input;

namespace KpiPack.Core.Packs;

/// <summary>Where kpipack.json is not JSON at all, said in plain words.</summary>
internal sealed partial class PackFileChecker
{
    /// <summary>
    /// The file is not JSON where the reader stopped: said from what was read last and what comes next, since
    /// the reader's own messages speak of tokens and payloads.
    /// </summary>
    private InputException Broken(long line, long byteInLine)
    {
        var offset = _positions.OffsetOf(line, byteInLine);
        var (atLine, atColumn) = _positions.Of(line, byteInLine);
        var here = Location(atLine, atColumn);
        // The reader may stop at a comma the file ends after: nothing that follows it is a value.
        var next = NextCharacter(offset) is ',' && NextCharacter(offset + 1) is null ? null : NextCharacter(offset);
        var before = CharacterBefore(offset);
        if (next is null && _open.Count == 0 && _last == JsonTokenType.None)
            return new InputException(new InputLocation(_file), "the pack file is empty: write its settings between { and }");
        if (next is null && _open.Count > 0)
        {
            var (bracket, opened) = _open.Peek();
            var (openLine, openColumn) = _positions.Of(opened);
            var closing = Closing(bracket);
            return new InputException(here, InsideText(offset)
                ? "the file ends inside a text in double quotes: a closing \" is missing"
                : $"the file ends before the {bracket} at line {openLine}, column {openColumn} is closed: a {closing} is missing");
        }
        if (_open.Count == 0 && _last is JsonTokenType.EndObject)
            return new InputException(here, "there is more after the closing } of the settings: remove it, or move it inside the braces");
        if (_last == JsonTokenType.None)
            return new InputException(here, "this is not JSON: a pack file is settings in braces, as in { \"catalogue\": \"catalogue.csv\", \"months\": 13 }");
        if (next is '}' or ']' && _open.TryPeek(out var innermost) && next != Closing(innermost.Bracket))
        {
            var (openLine, openColumn) = _positions.Of(innermost.Offset);
            return new InputException(here, $"this {next} comes before the {innermost.Bracket} at line {openLine}, column {openColumn} is closed: a {Closing(innermost.Bracket)} is missing");
        }
        if (InsideText(offset))
            return new InputException(here, "a text in double quotes runs to the end of its line: close it with \" (a line break inside a text is written \\n)");
        string problem = before switch
        {
            ':' or '[' => BadValue(next),
            '{' => NameInQuotes,
            ',' => _open.TryPeek(out var inside) && inside.Bracket == '{' ? NameInQuotes : BadValue(next),
            // The reader takes a setting's name and its colon together, so a name without one fails as it is read.
            _ when _last == JsonTokenType.PropertyName || EndsAName(offset) => "a colon (:) is missing after the setting's name, as in \"months\": 13",
            _ when _last is JsonTokenType.String or JsonTokenType.Number or JsonTokenType.True or JsonTokenType.False
                or JsonTokenType.Null or JsonTokenType.EndObject or JsonTokenType.EndArray =>
                "a comma (,) is missing before this: settings, and the entries of a list, are separated by commas",
            _ => "this is not valid JSON: check the quotes, commas and brackets just before it",
        };
        return new InputException(here, problem);
    }

    private static char Closing(char bracket) => bracket == '{' ? '}' : ']';

    private const string NameInQuotes = "a setting's name must be in double quotes, as in \"months\": 13";

    private static string BadValue(char? next) => next switch
    {
        '\'' => "text must be in double quotes (\"...\"), not single quotes",
        { } c when char.IsLetter(c) => "a word must be in double quotes (\"...\") to be text; only true, false and null go without",
        _ => "a value must be text in double quotes, a number, true, false, a list [ ... ] or a group of settings { ... }",
    };

    /// <summary>Whether text in double quotes ends just before <paramref name="offset"/> and follows a { or a comma in braces.</summary>
    private bool EndsAName(long offset)
    {
        var end = offset - 1;
        while (end >= 0 && char.IsWhiteSpace((char)_json[end])) end--;
        if (end <= 0 || _json[end] != (byte)'"') return false;
        var start = end - 1;
        while (start >= 0 && (_json[start] != (byte)'"' || start > 0 && _json[start - 1] == (byte)'\\')) start--;
        return start > 0 && CharacterBefore(start) is '{' or ',' && _open.TryPeek(out var inside) && inside.Bracket == '{';
    }

    private char? NextCharacter(long offset)
    {
        for (var i = offset; i < _json.Length; i++)
            if (!char.IsWhiteSpace((char)_json[i])) return (char)_json[i];
        return null;
    }

    private char? CharacterBefore(long offset)
    {
        for (var i = Math.Min(offset, _json.Length) - 1; i >= 0; i--)
            if (!char.IsWhiteSpace((char)_json[i])) return (char)_json[i];
        return null;
    }

    /// <summary>Whether an odd number of unescaped double quotes comes before <paramref name="offset"/> on its line.</summary>
    private bool InsideText(long offset)
    {
        var start = offset;
        while (start > 0 && _json[start - 1] != (byte)'\n') start--;
        var inside = false;
        for (var i = start; i < offset && i < _json.Length; i++)
        {
            if (_json[i] == (byte)'\\' && inside) i++;
            else if (_json[i] == (byte)'"') inside = !inside;
        }
        return inside;
    }
}
