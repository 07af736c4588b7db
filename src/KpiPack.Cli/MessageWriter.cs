using KpiPack.Core.Input;

namespace KpiPack.Cli;

/// <summary>
/// Standard error as kpipack writes its messages: each line kept one line, with a character a terminal would act on
/// (a newline inside a message, an escape, a bell, a right-to-left override) written as a visible escape
/// (<see cref="MessageText"/>), wherever the text in the message came from. A standard error that cannot be written
/// (closed, or a full disk) has no one to tell, so a failure there is let go.
/// </summary>
internal sealed class MessageWriter(TextWriter inner) : TextWriter
{
    public override System.Text.Encoding Encoding => inner.Encoding;

    public override void Write(char value)
    {
        // Only the line ends WriteLine adds come a character at a time; anything else is escaped.
        if (value is '\n' or '\r' || !MessageText.NeedsEscape(value)) Quietly(() => inner.Write(value));
        else Quietly(() => inner.Write(MessageText.Escaped(value.ToString())));
    }

    public override void Write(string? value) => Quietly(() => inner.Write(MessageText.Escaped(value ?? "")));

    public override void WriteLine(string? value) => Quietly(() => inner.WriteLine(MessageText.Escaped(value ?? "")));

    public override void Flush() => Quietly(inner.Flush);

    private static void Quietly(Action write)
    {
        try
        {
            write();
        }
        catch (IOException)
        {
        }
    }
}

/// <summary>
/// Standard output, whose failure (a full disk behind "> file", a reader that closed the pipe) is said as the failed
/// write it is: an <see cref="OutputException"/>, not an unexpected failure.
/// </summary>
internal sealed class StandardOutput(TextWriter inner) : TextWriter
{
    public override System.Text.Encoding Encoding => inner.Encoding;

    public override void Write(char value) => Guarded(() => inner.Write(value));

    public override void Write(string? value) => Guarded(() => inner.Write(value));

    public override void Write(char[] buffer, int index, int count) => Guarded(() => inner.Write(buffer, index, count));

    public override void WriteLine(string? value) => Guarded(() => inner.WriteLine(value));

    public override void Flush() => Guarded(inner.Flush);

    private static void Guarded(Action write)
    {
        try
        {
            write();
        }
        catch (IOException e)
        {
            throw new OutputException($"could not write to standard output: {e.Message}");
        }
    }
}
