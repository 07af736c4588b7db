using System.Diagnostics;
using KpiPack.Fuzz;

// Usage: dotnet run -c Release --project tests/KpiPack.Fuzz -- [seconds] [seed]
// Mutates the corpus and sample files and feeds them to the readers, the engine and the validator. Anything but
// a result or a user-facing error (InputException) is a crash: its input is saved under fuzz-crashes/.
var seconds = args.Length > 0 ? int.Parse(args[0]) : 60;
var seed = args.Length > 1 ? int.Parse(args[1]) : Environment.TickCount;
var root = Repository.Root();
var fuzzer = new ReaderFuzzer(Seeds.Load(root), new Random(seed), Path.Combine(root, "fuzz-crashes"));

Console.WriteLine($"fuzzing the readers for {seconds} s with seed {seed}");
var clock = Stopwatch.StartNew();
while (clock.Elapsed.TotalSeconds < seconds) fuzzer.RunOne();
Console.WriteLine($"{fuzzer.Runs} inputs in {clock.Elapsed.TotalSeconds:F0} s: {fuzzer.Accepted} read, {fuzzer.Refused} refused with a clear error, {fuzzer.Crashes} crashes");
return fuzzer.Crashes == 0 ? 0 : 1;
