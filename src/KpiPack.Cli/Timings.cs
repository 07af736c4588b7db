using System.Diagnostics;

namespace KpiPack.Cli;

/// <summary>With --verbose, says how long after the process started each step finished: where a slow build spends its time.</summary>
internal sealed class Timings(TextWriter writer, bool enabled)
{
    private readonly DateTime _processStart = enabled ? Process.GetCurrentProcess().StartTime.ToUniversalTime() : default;

    public void Mark(string step)
    {
        if (enabled) writer.WriteLine($"kpipack: {(DateTime.UtcNow - _processStart).TotalSeconds:F3} s  {step}");
    }
}
