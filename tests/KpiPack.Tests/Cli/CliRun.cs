using KpiPack.Cli;

namespace KpiPack.Tests.Cli;

/// <summary>
/// Runs the real command-line entry point and captures what it prints. Today is fixed at 1 November 2026, so that
/// what counts as a month still to come does not change as the years pass.
/// </summary>
internal sealed record CliRun(int ExitCode, string Stdout, string Stderr)
{
    public static readonly DateTimeOffset Today = new(2026, 11, 1, 12, 0, 0, TimeSpan.Zero);

    public static CliRun Of(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var exitCode = KpiPackCli.Run(args, stdout, stderr, new FixedClock(Today));
        return new CliRun(exitCode, stdout.ToString(), stderr.ToString());
    }
}

internal sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}
