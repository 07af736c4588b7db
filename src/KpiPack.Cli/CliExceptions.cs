namespace KpiPack.Cli;

/// <summary>The command line asks for something that cannot be done as asked (exit code 1).</summary>
internal sealed class UsageException(string message) : Exception(message);

/// <summary>An output file could not be written (exit code 3): a full disk, a locked file, no permission.</summary>
internal sealed class OutputException(string message) : Exception(message);
