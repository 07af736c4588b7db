using System.Text;
using System.Text.Json;
using KpiPack.Core.Input;

namespace KpiPack.Core.Packs;

/// <summary>
/// Reads kpipack.json token by token against <see cref="PackFileShape"/> before the serializer does, so that a slip
/// (a misspelt setting, a number in quotes, a missing comma) is said in the project's words at its line and column,
/// not in System.Text.Json's, which name .NET types. The first slip is refused; a file that passes reads cleanly.
/// </summary>
internal sealed class PackFileChecker
{
    private const int ShownLength = 40;

    private readonly byte[] _json;
    private readonly string _file;
    private readonly TextPositions _positions;
    private readonly Stack<(char Bracket, long Offset)> _open = new();
    private readonly Dictionary<string, (int Line, int Column)> _written = [];
    private JsonTokenType _last = JsonTokenType.None;

    private PackFileChecker(byte[] json, string file)
    {
        _json = json;
        _file = file;
        _positions = new TextPositions(json);
    }

    /// <summary>Checks <paramref name="json"/> (without a byte order mark), returning where each setting is written.</summary>
    public static SettingPositions Check(byte[] json, string file)
    {
        var checker = new PackFileChecker(json, file);
        checker.Walk();
        return new SettingPositions(file, checker._written);
    }

    private void Walk()
    {
        // The reader checks UTF-8 only where it reads a name or a text, and then fails with an exception of its own.
        if (FirstNotUtf8() is { } offset)
            throw Refused(offset, "this is not UTF-8 text (a character from another code page?): save the pack file as UTF-8");
        var reader = new Utf8JsonReader(_json, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        if (!Next(ref reader)) throw new InputException(new InputLocation(_file), "the pack file is empty: write its settings between { and }");
        if (reader.TokenType != JsonTokenType.StartObject)
            throw Refused(reader.TokenStartIndex, $"the pack file must be one group of settings in braces {{ ... }}, not {Shown(ref reader)}");
        Settings(ref reader, PackFileShape.Top, "", "");
        Next(ref reader);
    }

    private void Settings(ref Utf8JsonReader reader, SettingsShape shape, string context, string path)
    {
        _open.Push(('{', reader.TokenStartIndex));
        var seen = new Dictionary<string, (int Line, int Column)>();
        while (Next(ref reader) && reader.TokenType == JsonTokenType.PropertyName)
        {
            var name = reader.GetString() ?? "";
            var at = _positions.Of(reader.TokenStartIndex);
            var known = shape.Known(name) ?? throw Refused(reader.TokenStartIndex, Unknown(name, shape, context));
            if (!seen.TryAdd(known, at))
                throw Refused(reader.TokenStartIndex, $"{shape.Noun} '{name}'{context} is given twice (first at line {seen[known].Line}, column {seen[known].Column}): keep one");
            _written[path + known] = at;
            Next(ref reader);
            Value(ref reader, shape.Settings[known], known, known, path + known);
        }
        _open.Pop();
    }

    /// <summary>
    /// Checks the value the reader is on. <paramref name="name"/> completes "... must be" ("months", "each column in
    /// columns"); <paramref name="noun"/> names a value that is not one of the choices ("column 'trned' ...").
    /// </summary>
    private void Value(ref Utf8JsonReader reader, SettingShape shape, string name, string noun, string path)
    {
        // null is "not given": the pack's default stands (or, for an entry of a list of settings, PackFile says so).
        if (reader.TokenType == JsonTokenType.Null) return;
        switch (shape, reader.TokenType)
        {
            case (TextShape, JsonTokenType.String):
            case (FlagShape, JsonTokenType.True or JsonTokenType.False):
                return;
            case (WholeNumberShape whole, JsonTokenType.Number):
                if (!reader.TryGetInt32(out var number) || !whole.Allows(number)) break;
                return;
            case (ChoiceShape choice, JsonTokenType.String):
                var text = reader.GetString() ?? "";
                if (!choice.Allows(text))
                    throw Refused(reader.TokenStartIndex, $"{noun} '{text}' is not one of {string.Join(", ", choice.Choices)}{DidYouMean(text, choice.Choices)}");
                return;
            case (ListShape list, JsonTokenType.StartArray):
                Entries(ref reader, list, name, path);
                return;
            case (SettingsShape settings, JsonTokenType.StartObject):
                Settings(ref reader, settings, $" in {name}", path + ".");
                return;
        }
        throw Refused(reader.TokenStartIndex, $"{name} must be {shape.Must}, not {Shown(ref reader)}");
    }

    private void Entries(ref Utf8JsonReader reader, ListShape list, string name, string path)
    {
        _open.Push(('[', reader.TokenStartIndex));
        for (var index = 0; Next(ref reader) && reader.TokenType != JsonTokenType.EndArray; index++)
        {
            var entry = $"{path}[{index}]";
            _written[entry] = _positions.Of(reader.TokenStartIndex);
            if (reader.TokenType == JsonTokenType.Null && list.Item is not SettingsShape)
                throw Refused(reader.TokenStartIndex, $"{name} has an empty entry (null): remove it, or write {list.Item.Must}");
            if (list.Item is SettingsShape settings && reader.TokenType == JsonTokenType.StartObject)
                Settings(ref reader, settings, $" in {name}", entry + ".");
            else
                Value(ref reader, list.Item, $"each {list.Entry} in {name}", list.Entry, entry);
        }
        _open.Pop();
    }

    private long? FirstNotUtf8()
    {
        for (var offset = 0; offset < _json.Length;)
        {
            if (System.Text.Rune.DecodeFromUtf8(_json.AsSpan(offset), out _, out var length) != System.Buffers.OperationStatus.Done) return offset;
            offset += length;
        }
        return null;
    }

    private static string Unknown(string name, SettingsShape shape, string context)
    {
        var meant = DidYouMean(name, shape.Settings.Keys.ToList());
        return meant.Length > 0
            ? $"{shape.Noun} '{name}'{context} is not one kpipack knows{meant}"
            : $"{shape.Noun} '{name}'{context} is not one kpipack knows; the {shape.Noun}s{(context.Length > 0 ? " there" : "")} are: {string.Join(", ", shape.Settings.Keys)}";
    }

    /// <summary>": did you mean 'pageSize'?" for a slip of case or a letter or two, else nothing.</summary>
    private static string DidYouMean(string found, IReadOnlyCollection<string> known)
    {
        var meant = known.FirstOrDefault(k => string.Equals(k, found.Trim(), StringComparison.OrdinalIgnoreCase)) ?? NearMiss.Meant(found, known);
        return meant is null ? "" : $": did you mean '{meant}'?";
    }

    private static string Shown(ref Utf8JsonReader reader) => reader.TokenType switch
    {
        JsonTokenType.String => $"\"{Shorten(reader.GetString() ?? "")}\"",
        JsonTokenType.Number => Shorten(Encoding.UTF8.GetString(reader.ValueSpan)),
        JsonTokenType.True => "true",
        JsonTokenType.False => "false",
        JsonTokenType.StartArray => "a list [ ... ]",
        _ => "a group of settings { ... }",
    };

    private static string Shorten(string text) => text.Length <= ShownLength ? text : text[..ShownLength] + "...";

    private bool Next(ref Utf8JsonReader reader)
    {
        _last = reader.TokenType;
        try
        {
            return reader.Read();
        }
        catch (JsonException e)
        {
            throw Broken(e.LineNumber ?? 0, e.BytePositionInLine ?? 0);
        }
    }

    private InputException Refused(long offset, string problem)
    {
        var (line, column) = _positions.Of(offset);
        return new InputException(Location(line, column), problem);
    }

    private InputLocation Location(int line, int column) =>
        new(_file, Line: line, Column: column.ToString(System.Globalization.CultureInfo.InvariantCulture));

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
