using KpiPack.Core.Appendix;
using KpiPack.Core.Building;
using KpiPack.Core.Input;
using KpiPack.Core.Model;
using KpiPack.Core.Packs;
using KpiPack.Rendering.Pdf;
using KpiPack.Tests.Support;

namespace KpiPack.Tests.Rendering;

/// <summary>
/// The sample pack's catalogue as one appendix of every indicator, as the clerk would ask for it, planned by the
/// same pipeline as <c>kpipack build</c> and rendered to bytes.
/// </summary>
internal static class SampleAppendix
{
    private static readonly Lazy<LoadedPack> Loaded = new(() =>
    {
        var pack = PackFile.Load(RepoPaths.SamplePack) with
        {
            Author = "Children's Services data team",
            Appendices = [new AppendixDefinition { Number = "1" }],
        };
        var findings = new Findings();
        return LoadedPack.Load(pack, findings) ?? throw new InvalidOperationException(string.Join("\n", findings));
    });

    public static LoadedPack Pack => Loaded.Value;

    /// <summary>The appendix for <paramref name="month"/>, with the pack file's settings changed as a test asks.</summary>
    public static AppendixModel Model(Month month, Func<Pack, Pack>? change = null)
    {
        var pack = change is null ? Pack : new LoadedPack(change(Pack.Pack), Pack.Catalogue, Pack.Values, Pack.Sources);
        return BuildPipeline.Plan(pack, new BuildRequest { Months = [month] }, month, new Findings()).Jobs[0].Appendix;
    }

    public static byte[] Render(Month month, Func<Pack, Pack>? change = null)
    {
        using var stream = new MemoryStream();
        PdfEdition.Write(Model(month, change), stream);
        return stream.ToArray();
    }
}
