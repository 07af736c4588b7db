using KpiPack.Core.Model;
using KpiPack.Rendering.Appendix;
using KpiPack.Tests.Support;

namespace KpiPack.Tests.Rendering;

/// <summary>The sample pack's appendix as the clerk would ask for it, rendered to bytes.</summary>
internal static class SampleAppendix
{
    public static AppendixOptions Options(Month month) => new()
    {
        Service = "Children and Families",
        BenchmarkCaption = "Updated Mar-19, using 17-18 data",
        Author = "Children's Services data team",
        AgendaItem = "7",
        AppendixNumber = "1",
    };

    public static AppendixReport Report(Month month) =>
        AppendixReport.Derive(SamplePack.Catalogue, SamplePack.Values, month);

    public static byte[] Render(Month month, AppendixOptions? options = null)
    {
        using var stream = new MemoryStream();
        AppendixPdf.Write(Report(month), options ?? Options(month), stream);
        return stream.ToArray();
    }
}
