using KpiPack.Core.Input;
using KpiPack.Core.Packs;
using KpiPack.Tests.Support;

namespace KpiPack.Tests.Packs;

/// <summary>
/// The sample pack files with one slip each, thousands of them: every one is read or refused with a message in the
/// project's words, at a line of the file; none reaches the serializer's own messages or fails otherwise.
/// </summary>
public class PackFileMutationTests : PackFileFolder
{
    private const int Slips = 1000;
    private static readonly byte[] Characters = "{}[],:\"' 0123456789.-truefalsnl/*\n\\é"u8.ToArray();

    [TestCaseSource(nameof(SamplePackFiles))]
    public void A_slip_anywhere_is_read_or_refused_in_our_words(string sample)
    {
        var original = File.ReadAllBytes(Path.Combine(RepoPaths.Root, "samples", sample, "kpipack.json"));
        var random = new Random(16);
        for (var i = 0; i < Slips; i++)
        {
            var slipped = Slip(original, random);
            Folder.Write("kpipack.json", "");
            File.WriteAllBytes(Folder.PathOf("kpipack.json"), slipped);
            try
            {
                PackFile.Load(Folder.Path);
            }
            catch (InputException e)
            {
                var said = e.Findings.Single().ToString();
                Assert.That(said, Does.Not.Contain("System.").And.Not.Contain("JSON payload").And.Not.Contain("LineNumber")
                    .And.Not.Contain("Path: $").And.Not.Contain("PackJson").And.Not.Contain("not a valid pack file"),
                    System.Text.Encoding.UTF8.GetString(slipped));
                Assert.That(e.Findings.Single().Location.Line is not null || said.Contains("the pack file is empty"), Is.True, said);
            }
        }
    }

    private static IEnumerable<string> SamplePackFiles() =>
        Directory.GetDirectories(Path.Combine(RepoPaths.Root, "samples"))
            .Where(folder => File.Exists(Path.Combine(folder, "kpipack.json")))
            .Select(folder => Path.GetFileName(folder)!);

    /// <summary>One character deleted, inserted or replaced, at random.</summary>
    private static byte[] Slip(byte[] text, Random random)
    {
        var at = random.Next(text.Length);
        var character = Characters[random.Next(Characters.Length)];
        return random.Next(3) switch
        {
            0 => [.. text[..at], .. text[(at + 1)..]],
            1 => [.. text[..at], character, .. text[at..]],
            _ => [.. text[..at], character, .. text[(at + 1)..]],
        };
    }
}
