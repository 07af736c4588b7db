namespace KpiPack.Cli;

/// <summary>What a script calling kpipack can rely on (listed in the README).</summary>
public static class ExitCodes
{
    public const int Ok = 0;
    public const int Usage = 1;


    /// <summary>build --check found outputs missing or different from a fresh build.</summary>
    public const int Stale = 1;
    public const int DataError = 2;
    public const int Unexpected = 3;

    /// <summary>
    /// validate found warnings only: a code of its own, so that a script can tell "look at these" from a command line
    /// it got wrong (1) or input that cannot be used (2).
    /// </summary>
    public const int Warnings = 4;
}
