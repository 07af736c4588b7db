using KpiPack.Core.Appendix;
using KpiPack.Core.Deriving;
using KpiPack.Core.Model;
using KpiPack.Core.Packs;
using KpiPack.Core.Validation;

namespace KpiPack.Core.Building;

/// <summary>
/// The files a build writes for each appendix: the PDF, its accessible HTML twin, the derived table on request, and
/// the record of the figures it printed (<see cref="PrintedRecord"/>).
/// </summary>
public enum Edition { Pdf, Html, Csv, Record }

/// <summary>One file a build writes.</summary>
public sealed record PlannedOutput(Edition Edition, string Path);

/// <summary>One appendix of one month, ready for the editions: the model they print and the files they go to.</summary>
public sealed record AppendixJob(AppendixModel Appendix, DerivedTable Table, IReadOnlyList<PlannedOutput> Outputs)
{
    public Month Month => Appendix.Month;
    public string Pdf => Outputs.First(o => o.Edition == Edition.Pdf).Path;
}

/// <summary>
/// Everything a build will write, checked and derived, before anything is written; and what checking each month
/// found, for a build of many months to tell once what they share.
/// </summary>
public sealed record BuildPlan(LoadedPack Pack, IReadOnlyList<AppendixJob> Jobs, IReadOnlyList<MonthFindings> Months)
{
    public IEnumerable<PlannedOutput> Outputs => Jobs.SelectMany(j => j.Outputs);
}
