using ExcelDataReader;

namespace KpiPack.Core.Input;

/// <summary>
/// The calls KpiPack makes into ExcelDataReader, and nothing else. ExcelDataReader meets a damaged workbook with
/// whatever exception its parser hits (the fuzzer found null references and null arguments), so any exception out of
/// one of these calls means the file cannot be read; wrapping exactly these calls says so without looking at stack
/// frames, which trimming and Native AOT do not keep.
/// </summary>
internal sealed class GuardedExcelReader : IDisposable
{
    private readonly IExcelDataReader _reader;

    private GuardedExcelReader(IExcelDataReader reader) => _reader = reader;

    public static GuardedExcelReader Open(Stream stream) => new(Guard(() => ExcelReaderFactory.CreateReader(stream)));

    public string? SheetName => Guard(() => _reader.Name);
    public int FieldCount => Guard(() => _reader.FieldCount);
    public bool Read() => Guard(_reader.Read);
    public bool NextResult() => Guard(_reader.NextResult);
    public object? GetValue(int column) => Guard(() => _reader.GetValue(column));
    public string? GetNumberFormatString(int column) => Guard(() => _reader.GetNumberFormatString(column));

    public void Dispose() => Guard(() => { _reader.Dispose(); return 0; });

    private static T Guard<T>(Func<T> call)
    {
        try
        {
            return call();
        }
        catch (Exception e)
        {
            throw new ExcelDataReaderFailure(e);
        }
    }
}

/// <summary>ExcelDataReader could not read the workbook; <see cref="Exception.InnerException"/> is what it threw.</summary>
internal sealed class ExcelDataReaderFailure(Exception inner) : Exception(inner.Message, inner);
