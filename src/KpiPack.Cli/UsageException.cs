namespace KpiPack.Cli;

/// <summary>The command line asks for something that cannot be done as asked (exit code 1).</summary>
internal sealed class UsageException(string message) : Exception(message);
