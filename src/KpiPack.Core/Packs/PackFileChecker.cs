using System.Text;
using System.Text.Json;
using KpiPack.Core.Input;

namespace KpiPack.Core.Packs;

/// <summary>
/// Reads kpipack.json token by token against <see cref="PackFileShape"/> before the serializer does, so that a slip
/// (a misspelt setting, a number in quotes, a missing comma) is said in the project's words at its line and column,
/// not in System.Text.Json's, which name .NET types. The first slip is refused; a file that passes reads cleanly.
/// </summary>
internal sealed partial class PackFileChecker
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
        bool read;
        try
        {
            read = reader.Read();
        }
        catch (JsonException e)
        {
            throw Broken(e.LineNumber ?? 0, e.BytePositionInLine ?? 0);
        }
        if (read && reader.TokenType is JsonTokenType.String or JsonTokenType.PropertyName) RefuseHalfCharacters(ref reader);
        return read;
    }

    // The reader unescapes a text only when it is asked for it, and "\uD800" alone (half of a character that takes two
    // UTF-16 units) then fails with an exception of its own: every text is tried as it is met.
    private void RefuseHalfCharacters(ref Utf8JsonReader reader)
    {
        if (!reader.ValueIsEscaped) return;
        try
        {
            _ = reader.GetString();
        }
        catch (InvalidOperationException)
        {
            throw Refused(reader.TokenStartIndex,
                "this text has a \\u escape for half a character (\\uD800 to \\uDFFF without its pair): write the character itself, or both halves");
        }
    }

    private InputException Refused(long offset, string problem)
    {
        var (line, column) = _positions.Of(offset);
        return new InputException(Location(line, column), problem);
    }

    private InputLocation Location(int line, int column) =>
        new(_file, Line: line, Column: column.ToString(System.Globalization.CultureInfo.InvariantCulture));
}
