using KpiPack.Cli;
using KpiPack.Tests.Support;

namespace KpiPack.Tests.Cli;

/// <summary>
/// Failures the user can fix end in exit code 1 (the command line) or 2 (the input) with a message naming the file,
/// never in exit code 3, "unexpected failure" (issue 17 item 13). Each case here ended in 3, or wrote a file no one
/// could name, before.
/// </summary>
public class ExitCodeAuditTests : SamplePackCopy
{
    private string PackFile => Path.Combine(Pack, "kpipack.json");

    private string[] Written() => Directory.GetFiles(Pack).Select(Path.GetFileName).Where(f => f!.Contains("appendix")).ToArray()!;

    private void EditPackFile(string from, string to)
    {
        var text = File.ReadAllText(PackFile);
        Assert.That(text, Does.Contain(from), "the sample pack file changed: this test edits it");
        File.WriteAllText(PackFile, text.Replace(from, to));
    }

    [TestCase("\"output\": \"appendix-", "\"output\": \"app\\u0007endix-", "U+0007")]
    [TestCase("\"output\": \"appendix-", "\"output\": \"appendix\\t-", "U+0009")]
    [TestCase("\"appendix\": \"1\"", "\"appendix\": \"1\\u0000\"", "U+0000")]
    [TestCase("\"appendix\": \"1\"", "\"appendix\": \"1\\u001b[2J\"", "U+001B")]
    public void A_control_character_in_the_pack_files_output_name_is_bad_input(string from, string to, string named)
    {
        EditPackFile(from, to);

        var run = CliRun.Of("build", "--pack", Pack, "--month", "2020-06");

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.DataError), run.Stderr);
        Assert.That(run.Stderr, Does.Contain("kpipack.json: appendix ").And.Contain($"control character ({named})"));
        Assert.That(Written(), Is.Empty);
    }

    [TestCase("appendix\u0001.pdf")]
    [TestCase("appendix\0.pdf")]
    [TestCase("appendix\n.pdf")]
    public void A_control_character_in_out_is_a_command_line_error(string name)
    {
        var run = CliRun.Of("build", "--pack", Pack, "--month", "2020-06", "--appendix", "1", "--out", Path.Combine(Pack, name));

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Usage), run.Stderr);
        Assert.That(run.Stderr, Does.Contain("kpipack: --out has a control character").Or.Contain("kpipack: the value of --out has a NUL character"));
        Assert.That(Written(), Is.Empty);
    }

    [Test]
    public void A_control_character_in_out_dir_is_a_command_line_error()
    {
        var run = CliRun.Of("build", "--pack", Pack, "--month", "2020-06", "--out-dir", Pack + "\u0007");

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Usage), run.Stderr);
        Assert.That(run.Stderr, Does.Contain("kpipack: --out-dir has a control character (U+0007)"));
    }

    [Test]
    public void An_output_folder_that_is_a_file_is_named_as_a_file()
    {
        var file = Folder.Write("reports", "a file, not a folder");

        var outDir = CliRun.Of("build", "--pack", Pack, "--month", "2020-06", "--out-dir", file);
        var output = CliRun.Of("build", "--pack", Pack, "--month", "2020-06", "--appendix", "1", "--out", Path.Combine(file, "a.pdf"));

        foreach (var run in new[] { outDir, output })
        {
            Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.DataError), run.Stderr);
            Assert.That(run.Stderr, Does.Contain($"{file}: this output folder is a file, not a folder"));
        }
        Assert.That(File.ReadAllText(file), Is.EqualTo("a file, not a folder"));
    }

    [Test]
    public void An_output_folder_that_cannot_be_written_to_is_said_before_anything_is_rendered()
    {
        WithoutPrivilege.LetOthersRead(Folder.Path);
        if (!WithoutPrivilege.IsRoot) WithoutPrivilege.SetMode(Pack, "555");
        try
        {
            // As root the pack folder (root's, 755) is not writable by the user the build runs as.
            var run = WithoutPrivilege.Run("build", "--pack", Pack, "--month", "2020-06");

            Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.DataError), run.Stderr);
            Assert.That(run.Stderr, Does.Contain($"{Pack}: this output folder cannot be written to (permission denied)"));
            Assert.That(Directory.GetFiles(Pack).Select(Path.GetFileName), Is.EquivalentTo(new[] { "catalogue.csv", "workbook.xlsx", "kpipack.json" }));
        }
        finally
        {
            WithoutPrivilege.SetMode(Pack, "755");
        }
    }

    [TestCase("catalogue.csv")]
    [TestCase("workbook.xlsx")]
    [TestCase("kpipack.json")]
    public void An_input_that_may_not_be_read_is_bad_input_naming_it(string name)
    {
        WithoutPrivilege.LetOthersRead(Folder.Path);
        var file = Path.Combine(Pack, name);
        WithoutPrivilege.SetMode(file, "000");

        var run = WithoutPrivilege.Run("validate", "--pack", Pack, "--month", "2020-06");

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.DataError), run.Stderr);
        Assert.That(run.Stdout + run.Stderr, Does.Contain($"{name}: cannot be read: ").And.Contain("denied"));
    }

    [TestCase("catalogue.csv")]
    [TestCase("workbook.xlsx")]
    public void A_folder_in_place_of_an_input_is_bad_input_naming_it(string name)
    {
        File.Delete(Path.Combine(Pack, name));
        Directory.CreateDirectory(Path.Combine(Pack, name));

        var run = CliRun.Of("build", "--pack", Pack, "--month", "2020-06");

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.DataError), run.Stderr);
        Assert.That(run.Stdout + run.Stderr, Does.Contain($"{name}: this is a folder"));
    }

    // Found by the command-line fuzzer (tests/KpiPack.Fuzz, "cli"): each ended in exit code 3.

    [TestCase("agendaItem", "\"agendaItem\": \"7\"", "\"agendaItem\": \"\\u0007 7\"")]
    [TestCase("service", "\"service\": \"Children and Families\"", "\"service\": \"Children\\u0001s services\"")]
    [TestCase("benchmarkCaption", "\"benchmarkCaption\": \"Updated", "\"benchmarkCaption\": \"\\uFFFFUpdated")]
    public void A_setting_with_characters_xml_cannot_carry_is_printed_without_them_with_a_warning(string setting, string from, string to)
    {
        EditPackFile(from, to);
        // The service is the page's title where the appendix has none of its own.
        if (setting == "service") EditPackFile("\"title\": \"Children and Families\",", "");

        var run = CliRun.Of("build", "--pack", Pack, "--month", "2020-06", "--appendix", "1");

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Ok), run.Stderr);
        Assert.That(run.Stderr, Does.Contain($"warning: {PackFile}: \"{setting}\"").And.Contain("that cannot be printed"));
        var html = File.ReadAllText(Path.Combine(Pack, "appendix-1-2020-06.html"));
        Assert.That(html.Any(c => char.IsControl(c) && c is not ('\n' or '\r' or '\t') || c == '\uFFFF' || char.IsSurrogate(c)), Is.False);
    }

    [Test]
    public void A_control_character_given_on_the_command_line_is_left_out_with_a_warning()
    {
        var run = CliRun.Of("build", "--pack", Pack, "--month", "2020-06", "--appendix", "1", "--caption", "Updated\u0001 Mar-19");

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Ok), run.Stderr);
        Assert.That(run.Stderr, Does.Contain("(or --caption): removed 1 control character"));
        Assert.That(File.ReadAllText(Path.Combine(Pack, "appendix-1-2020-06.html")), Does.Contain("Updated Mar-19"));
    }

    [Test]
    public void An_out_name_longer_than_a_file_name_can_be_is_refused_before_writing()
    {
        var run = CliRun.Of("build", "--pack", Pack, "--month", "2020-06", "--appendix", "1", "--out", Path.Combine(Pack, new string('x', 300) + ".pdf"));

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.DataError), run.Stderr);
        Assert.That(run.Stderr, Does.Contain("is longer than a file name can be (255 bytes)"));
        Assert.That(Written(), Is.Empty);
    }

    public class Init
    {
        private TempFolder _folder = null!;

        [SetUp] public void CreateFolder() => _folder = new TempFolder();
        [TearDown] public void RemoveFolder() => _folder.Dispose();

        [Test]
        public void An_empty_folder_name_is_a_command_line_error()
        {
            var run = CliRun.Of("init", "");
            Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Usage), run.Stderr);
            Assert.That(run.Stderr, Does.Contain("the folder name is empty"));
        }

        [Test]
        public void A_folder_name_longer_than_the_file_system_allows_is_a_command_line_error_and_leaves_nothing()
        {
            var run = CliRun.Of("init", _folder.PathOf(new string('x', 300)));

            Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Usage), run.Stderr);
            Assert.That(run.Stderr, Does.Contain("the name is longer than the file system allows"));
            Assert.That(Directory.GetFileSystemEntries(_folder.Path), Is.Empty);
        }

        [Test]
        public void Under_a_file_is_a_command_line_error()
        {
            var file = _folder.Write("notes", "a file");

            var run = CliRun.Of("init", Path.Combine(file, "pack"));

            Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Usage), run.Stderr);
            Assert.That(run.Stderr, Does.Contain($"{file} is a file, not a folder"));
        }

        [Test]
        public void Onto_a_folder_named_as_one_of_its_files_is_a_command_line_error()
        {
            var pack = Directory.CreateDirectory(_folder.PathOf("pack")).FullName;
            Directory.CreateDirectory(Path.Combine(pack, "catalogue.csv"));

            var run = CliRun.Of("init", pack);

            Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Usage), run.Stderr);
            Assert.That(run.Stderr, Does.Contain("already has catalogue.csv"));
            Assert.That(Directory.GetFiles(pack), Is.Empty);
        }

        [Test]
        public void Into_a_folder_that_cannot_be_written_to_is_a_command_line_error_and_leaves_nothing()
        {
            WithoutPrivilege.LetOthersRead(_folder.Path);
            var pack = Directory.CreateDirectory(_folder.PathOf("pack")).FullName;
            if (!WithoutPrivilege.IsRoot) WithoutPrivilege.SetMode(pack, "555");
            try
            {
                var run = WithoutPrivilege.Run("init", pack);

                Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Usage), run.Stderr);
                Assert.That(run.Stderr, Does.Contain($"cannot make a pack in {pack}: no permission to write there"));
                Assert.That(Directory.GetFileSystemEntries(pack), Is.Empty);
            }
            finally
            {
                WithoutPrivilege.SetMode(pack, "755");
            }
        }
    }
}
