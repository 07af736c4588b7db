using System.Diagnostics;
using KpiPack.Fuzz;

// Usage: dotnet run -c Release --project tests/KpiPack.Fuzz -- [seconds] [seed] [readers|cli|all]
// readers: mutates the corpus and sample files and feeds them to the readers, the engine and the validator; anything
// but a result or a user-facing error (InputException) is a crash. cli: random and mutated command lines against a
// scratch pack with a mutated kpipack.json, run in-process; any exit code but 0, 1, 2 or 4, an exception, or a changed
// input is a crash. all (the default): the two in turn. Crashing inputs are saved under fuzz-crashes/.
var seconds = args.Length > 0 ? int.Parse(args[0]) : 60;
var seed = args.Length > 1 ? int.Parse(args[1]) : Environment.TickCount;
var target = args.Length > 2 ? args[2] : "all";
if (target is not ("readers" or "cli" or "all"))
{
    Console.Error.WriteLine($"'{target}' is not readers, cli or all");
    return 2;
}
var root = Repository.Root();
var random = new Random(seed);
var crashes = Path.Combine(root, "fuzz-crashes");
var readers = target is "readers" or "all" ? new ReaderFuzzer(Seeds.Load(root), random, crashes) : null;
var commandLine = target is "cli" or "all" ? new CommandLineFuzzer(root, random, crashes) : null;

Console.WriteLine($"fuzzing {(target == "all" ? "the readers and the command line" : target == "cli" ? "the command line" : "the readers")} for {seconds} s with seed {seed}");
var clock = Stopwatch.StartNew();
var readerTime = TimeSpan.Zero;
while (clock.Elapsed.TotalSeconds < seconds)
{
    if (readers is not null && (commandLine is null || readerTime <= clock.Elapsed / 2))
    {
        var started = clock.Elapsed;
        readers.RunOne();
        readerTime += clock.Elapsed - started;
    }
    else commandLine!.RunOne();
}
var total = clock.Elapsed.TotalSeconds;
if (readers is not null)
    Console.WriteLine($"readers: {readers.Runs} inputs in {readerTime.TotalSeconds:F0} s ({readers.Runs / Math.Max(readerTime.TotalSeconds, 0.001):F0}/s): " +
        $"{readers.Accepted} read, {readers.Refused} refused with a clear error, {readers.Crashes} crashes");
if (commandLine is not null)
{
    var cliTime = total - readerTime.TotalSeconds;
    var codes = string.Join(", ", commandLine.ExitCodeCounts.OrderBy(c => c.Key).Select(c => $"exit {c.Key}: {c.Value}"));
    Console.WriteLine($"command line: {commandLine.Runs} runs in {cliTime:F0} s ({commandLine.Runs / Math.Max(cliTime, 0.001):F1}/s): {codes}; {commandLine.Crashes} crashes");
}
return (readers?.Crashes ?? 0) + (commandLine?.Crashes ?? 0) == 0 ? 0 : 1;
