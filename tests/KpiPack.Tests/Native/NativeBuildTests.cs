using KpiPack.Tests.Cli;
using KpiPack.Tests.Support;

namespace KpiPack.Tests.Native;

/// <summary>The native binary against the JIT-compiled CLI run in this process, on the sample pack.</summary>
public class NativeBuildTests
{
    private TempFolder _folder = null!;

    [SetUp] public void CreateFolder() => _folder = new TempFolder();
    [TearDown] public void RemoveFolder() => _folder.Dispose();

    [Test]
    public void Writes_the_same_bytes_as_the_jit_build_for_every_sample_month()
    {
        var jit = _folder.CopyOf(RepoPaths.SamplePack, "jit");
        var native = _folder.CopyOf(RepoPaths.SamplePack, "native");
        string[] build = ["build", "--all-months", "--csv", "--pack"];

        var jitRun = CliRun.Of([.. build, jit]);
        var nativeRun = NativeKpiPack.Run([.. build, native]);

        Assert.That(jitRun.ExitCode, Is.EqualTo(0), jitRun.Stdout + jitRun.Stderr);
        Assert.That(nativeRun.ExitCode, Is.EqualTo(0), nativeRun.Stdout + nativeRun.Stderr);
        var outputs = Outputs(jit);
        Assert.That(outputs.Count(f => f.EndsWith(".pdf")), Is.GreaterThanOrEqualTo(2 * 12), "every sample month, both appendices");
        Assert.That(outputs.Count(f => f.EndsWith(".html")), Is.EqualTo(outputs.Count(f => f.EndsWith(".pdf"))));
        Assert.That(Outputs(native), Is.EqualTo(outputs));
        var differing = outputs.Where(f => !File.ReadAllBytes(Path.Combine(jit, f)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(native, f)))).ToList();
        Assert.That(differing, Is.Empty, "native and JIT builds wrote different bytes");
    }

    /// <summary>Commands whose whole output is text: the same words, from either binary.</summary>
    [TestCase("validate")]
    [TestCase("validate --month 2019-06 --strict")]
    [TestCase("validate --month 2020-06 --explain LAC9 --explain CP4")]
    [TestCase("derive --month 2020-06")]
    [TestCase("derive --month 2019-06 --format json")]
    [TestCase("build --month 2020-06 --check")]
    [TestCase("build --month 2020-13")]
    [TestCase("frobnicate")]
    public void Prints_what_the_jit_build_prints(string command)
    {
        var pack = _folder.CopyOf(RepoPaths.SamplePack);
        string[] args = [.. command.Split(' '), .. command == "frobnicate" ? Array.Empty<string>() : ["--pack", pack]];

        var jit = CliRun.Of(args);
        var native = NativeKpiPack.Run(args);

        Assert.That((native.ExitCode, native.Stdout, native.Stderr), Is.EqualTo((jit.ExitCode, jit.Stdout, jit.Stderr)));
    }

    /// <summary>In this process the version and the program's name are the test host's, so these are checked on their own.</summary>
    [Test]
    public void Says_its_version_and_how_to_use_it()
    {
        var version = NativeKpiPack.Run(["--version"]);
        var help = NativeKpiPack.Run(["build", "--help"]);

        Assert.That((version.ExitCode, version.Stdout.Trim()), Is.EqualTo((0, typeof(KpiPack.Cli.KpiPackCli).Assembly.GetName().Version!.ToString(3))));
        Assert.That(help.Stdout, Does.Contain("kpipack build [options]").And.Contain("--all-months"));
    }

    [TestCase("children-and-families")]
    [TestCase("early-help")]
    [TestCase("blank")]
    public void Init_writes_the_same_template_files(string template)
    {
        var jit = CliRun.Of("init", _folder.PathOf("jit"), "--template", template);
        var native = NativeKpiPack.Run(["init", _folder.PathOf("native"), "--template", template]);

        Assert.That((native.ExitCode, jit.ExitCode), Is.EqualTo((0, 0)), native.Stdout + native.Stderr);
        var files = Outputs(_folder.PathOf("jit"));
        Assert.That(files, Has.Member("kpipack.json"));
        Assert.That(Outputs(_folder.PathOf("native")), Is.EqualTo(files));
        foreach (var file in files)
            Assert.That(File.ReadAllBytes(_folder.PathOf(Path.Combine("native", file))), Is.EqualTo(File.ReadAllBytes(_folder.PathOf(Path.Combine("jit", file)))), file);
    }

    private static List<string> Outputs(string folder) =>
        Directory.GetFiles(folder).Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal).ToList();
}
