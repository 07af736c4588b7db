using KpiPack.Cli;
using KpiPack.Tests.Support;

namespace KpiPack.Tests.Reliability;

/// <summary>
/// Issue 30, class 2: the same pack gives the same bytes wherever and by whomever it is built. A build in British
/// Summer Time (a month in June) and one in UTC, in different folders and locales, are compared byte for byte.
/// </summary>
[Platform(Exclude = "Win")]
public class ReproducibleBuildTests
{
    private static readonly string[] Build = ["build", "--month", "2020-06", "--appendix", "1", "--csv"];
    private static readonly string[] Outputs = ["appendix-1-2020-06.pdf", "appendix-1-2020-06.html", "appendix-1-2020-06.csv"];

    [Test]
    public void A_build_in_British_Summer_Time_and_another_locale_and_folder_writes_the_same_bytes_as_one_in_UTC()
    {
        using var folder = new TempFolder();
        var inUtc = folder.CopyOf(RepoPaths.SamplePack, "utc");
        var elsewhere = folder.CopyOf(RepoPaths.SamplePack, "a folder with a longer name");
        Assume.That(File.Exists("/usr/share/zoneinfo/Europe/London"), "the time zone database is installed");

        var utc = ChildBuild.Run(ChildBuild.Start(inUtc, Build, new Dictionary<string, string> { ["TZ"] = "UTC", ["LC_ALL"] = "C", ["LANG"] = "C" }));
        var london = ChildBuild.Run(ChildBuild.Start(elsewhere, Build,
            new Dictionary<string, string> { ["TZ"] = "Europe/London", ["LC_ALL"] = "tr_TR.UTF-8", ["LANG"] = "de_DE.UTF-8" }));

        Assert.That((utc.ExitCode, london.ExitCode), Is.EqualTo((ExitCodes.Ok, ExitCodes.Ok)), utc.Stderr + london.Stderr);
        foreach (var output in Outputs)
            Assert.That(File.ReadAllBytes(Path.Combine(elsewhere, output)), Is.EqualTo(File.ReadAllBytes(Path.Combine(inUtc, output))), output);
        var pdf = File.ReadAllText(Path.Combine(elsewhere, Outputs[0]), System.Text.Encoding.Latin1);
        Assert.That(pdf, Does.Contain("/CreationDate(D:20200601000000Z)"), "the first of the month, in UTC");
    }

    [Test]
    public void Another_user_in_a_time_zone_east_of_UTC_writes_the_same_bytes()
    {
        Assume.That(OperatingSystem.IsLinux() && Environment.UserName == "root", "changing user needs root on Linux");
        if (!OperatingSystem.IsLinux()) return;
        Assume.That(File.Exists("/usr/bin/setpriv"), "setpriv (util-linux) is installed");
        using var folder = new TempFolder();
        var mine = folder.CopyOf(RepoPaths.SamplePack, "mine");
        var theirs = folder.CopyOf(RepoPaths.SamplePack, "theirs");
        foreach (var path in new[] { folder.Path, theirs }.Concat(Directory.GetFiles(theirs)))
            File.SetUnixFileMode(path, (UnixFileMode)0b111_111_111);

        var first = ChildBuild.Run(ChildBuild.Start(mine, Build, new Dictionary<string, string> { ["TZ"] = "UTC" }));
        var second = ChildBuild.Run(ChildBuild.Start(theirs, Build,
            new Dictionary<string, string> { ["TZ"] = "Asia/Kolkata", ["HOME"] = theirs, ["DOTNET_CLI_HOME"] = theirs },
            "setpriv", ["--reuid=65534", "--regid=65534", "--clear-groups"]));

        Assert.That((first.ExitCode, second.ExitCode), Is.EqualTo((ExitCodes.Ok, ExitCodes.Ok)), first.Stderr + second.Stderr);
        foreach (var output in Outputs)
            Assert.That(File.ReadAllBytes(Path.Combine(theirs, output)), Is.EqualTo(File.ReadAllBytes(Path.Combine(mine, output))), output);
    }
}
