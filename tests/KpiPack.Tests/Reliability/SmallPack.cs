using KpiPack.Tests.Support;

namespace KpiPack.Tests.Reliability;

/// <summary>A pack of one indicator and two years of figures, with no warnings: anything on standard error is the point of the test.</summary>
internal sealed class SmallPack : IDisposable
{
    public TempFolder Folder { get; } = new();
    public string Path { get; }

    public SmallPack(string name = "pack")
    {
        Path = Directory.CreateDirectory(Folder.PathOf(name)).FullName;
        Write("catalogue.csv", "ref,indicator,unit\nM1,Contacts,count\n");
        Write("workbook.csv", "ref,month,value\n" +
            string.Concat(Enumerable.Range(0, 24).Select(i => $"M1,{2019 + i / 12}-{i % 12 + 1:00},{100 + i % 12}\n")));
        Write("kpipack.json", """{ "workbook": "workbook.csv" }""");
    }

    public string Of(string name) => System.IO.Path.Combine(Path, name);

    public void Write(string name, string content) => File.WriteAllText(Of(name), content);

    public string Pdf => Of("appendix-1-2020-06.pdf");

    public void Dispose() => Folder.Dispose();
}
