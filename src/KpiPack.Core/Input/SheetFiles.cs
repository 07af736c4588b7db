namespace KpiPack.Core.Input;

/// <summary>Opens a user's file by its extension, with a clear error for a missing file or an unknown type.</summary>
internal static class SheetFiles
{
    public static bool IsExcel(string path) =>
        Path.GetExtension(path).ToLowerInvariant() is ".xlsx" or ".xls" or ".xlsm";

    public static void RequireReadable(string path, string what)
    {
        if (Directory.Exists(path)) throw new InputException(new InputLocation(path), $"this is a folder, not a {what} file");
        InputFile.RefuseDanglingLink(path);
        if (!File.Exists(path)) throw new InputException(new InputLocation(path), $"{what} file not found");
        var extension = Path.GetExtension(path).ToLowerInvariant();
        if (extension != ".csv" && !IsExcel(path))
            throw new InputException(new InputLocation(path), $"a {what} must be .csv, .xlsx or .xls, not '{extension}'");
    }
}
