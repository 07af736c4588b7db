namespace KpiPack.Cli;

/// <summary>What a script calling kpipack can rely on (listed in the README).</summary>
public static class ExitCodes
{
    public const int Ok = 0;
    public const int Usage = 1;

    /// <summary>validate found warnings only: the same code as a usage error, as the README says.</summary>
    public const int Warnings = 1;

    /// <summary>build --check found outputs missing or different from a fresh build.</summary>
    public const int Stale = 1;
    public const int DataError = 2;
    public const int Unexpected = 3;
}
