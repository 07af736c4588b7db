using KpiPack.Tests.Cli;

namespace KpiPack.Tests.Native;

/// <summary>
/// Every corpus case again, through the Native AOT binary: the same exit code, messages and files. What KpiPack uses
/// of ExcelDataReader (whose trim warning the publish suppresses, see src/KpiPack.Cli/KpiPack.Cli.csproj) is here:
/// .xlsx and .xls workbooks, percent-formatted cells, date headers, error cells, formulas without results, damaged
/// files; and so is the .csv reading, the pack file's JSON and every message.
/// </summary>
public class NativeCorpusTests : CorpusTests
{
    private protected override CliRun Run(string[] args) => NativeKpiPack.Run(args);
}
