using System.Text.RegularExpressions;
using KpiPack.Tests.Support;

namespace KpiPack.Tests.Readme;

/// <summary>
/// Every relative link in README.md and docs/**/*.md leads somewhere: the file exists and, with a #fragment, the file
/// has a heading GitHub gives that anchor. Moving a section, or renaming a heading, fails here until its links follow.
/// </summary>
public class DocumentLinkTests
{
    public static IEnumerable<string> Documents() =>
        new[] { "README.md" }.Concat(Directory.EnumerateFiles(Path.Combine(RepoPaths.Root, "docs"), "*.md", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(RepoPaths.Root, f).Replace('\\', '/')).Order(StringComparer.Ordinal));

    [TestCaseSource(nameof(Documents))]
    public void Every_relative_link_resolves(string document)
    {
        var path = Path.Combine(RepoPaths.Root, document);
        var broken = Links(File.ReadAllText(path))
            .Where(link => !IsExternal(link))
            .Where(link => Problem(path, link) is not null)
            .Select(link => $"{link}: {Problem(path, link)}")
            .ToList();

        Assert.That(broken, Is.Empty, $"links in {document} that lead nowhere");
    }

    [Test]
    public void The_readme_has_links_to_check()
    {
        Assert.That(Links(File.ReadAllText(Path.Combine(RepoPaths.Root, "README.md"))).Count(l => !IsExternal(l)), Is.GreaterThan(5));
    }

    [TestCase("Checking that the appendices are up to date: `--check`", "checking-that-the-appendices-are-up-to-date---check")]
    [TestCase("Catalogue (`.csv`, or the first sheet of an `.xlsx`/`.xls`)", "catalogue-csv-or-the-first-sheet-of-an-xlsxxls")]
    [TestCase("The board pack (the council's 2023 format)", "the-board-pack-the-councils-2023-format")]
    [TestCase("Signals, not noise (statistical process control)", "signals-not-noise-statistical-process-control")]
    public void Anchors_are_made_as_github_makes_them(string heading, string anchor) => Assert.That(Anchor(heading), Is.EqualTo(anchor));

    private static string? Problem(string document, string link)
    {
        var hash = link.IndexOf('#');
        var file = hash < 0 ? link : link[..hash];
        var target = file.Length == 0 ? document : Path.GetFullPath(Path.Combine(Path.GetDirectoryName(document)!, Uri.UnescapeDataString(file)));
        if (!File.Exists(target) && !Directory.Exists(target)) return "no such file";
        if (hash < 0) return null;
        if (!target.EndsWith(".md", StringComparison.OrdinalIgnoreCase)) return "an anchor in a file that is not Markdown";
        return Anchors(File.ReadAllText(target)).Contains(link[(hash + 1)..]) ? null : "no heading has this anchor";
    }

    private static bool IsExternal(string link) => Regex.IsMatch(link, "^[a-z][a-z0-9+.-]*:", RegexOptions.IgnoreCase);

    /// <summary>The targets of the Markdown links and images outside code blocks and code spans.</summary>
    private static IEnumerable<string> Links(string markdown) =>
        OutsideCode(markdown).SelectMany(line => Regex.Matches(Regex.Replace(line, "`[^`]*`", ""), @"\]\(([^)\s]+)(?:\s+""[^""]*"")?\)")
            .Select(m => m.Groups[1].Value));

    /// <summary>The anchors GitHub gives the headings, a repeated one numbered from -1.</summary>
    private static HashSet<string> Anchors(string markdown)
    {
        var seen = new Dictionary<string, int>();
        var anchors = new HashSet<string>();
        foreach (var line in OutsideCode(markdown))
        {
            var heading = Regex.Match(line, @"^#{1,6}\s+(.*?)\s*#*\s*$");
            if (!heading.Success) continue;
            var anchor = Anchor(heading.Groups[1].Value);
            var count = seen.GetValueOrDefault(anchor);
            seen[anchor] = count + 1;
            anchors.Add(count == 0 ? anchor : $"{anchor}-{count}");
        }
        return anchors;
    }

    /// <summary>GitHub's anchor: the heading's text (links and emphasis reduced to their words) in lower case, with
    /// everything but letters, digits, spaces, hyphens and underscores removed and each space a hyphen.</summary>
    private static string Anchor(string heading)
    {
        var text = Regex.Replace(heading, @"!?\[([^\]]*)\]\([^)]*\)", "$1");
        return string.Concat(text.ToLowerInvariant().Where(c => char.IsLetterOrDigit(c) || c is ' ' or '-' or '_')).Replace(' ', '-');
    }

    private static IEnumerable<string> OutsideCode(string markdown)
    {
        var fenced = false;
        foreach (var line in markdown.Split('\n'))
        {
            if (line.TrimStart().StartsWith("```", StringComparison.Ordinal)) { fenced = !fenced; continue; }
            if (!fenced) yield return line.TrimEnd('\r');
        }
    }
}
