using KpiPack.Tests.Cli;
using KpiPack.Tests.Support;

namespace KpiPack.Tests.Accessibility;

/// <summary>The PDF/UA checker itself: it passes a PDF tagged as the appendix should be, and names each defect.</summary>
public class PdfUaCheckerTests
{
    private TempFolder _folder = null!;

    [SetUp] public void MakeFolder() => _folder = new TempFolder();
    [TearDown] public void RemoveFolder() => _folder.Dispose();

    [Test]
    public void A_pdf_tagged_as_the_appendix_should_be_passes()
    {
        var pdf = TaggedSamplePdf.Write(_folder.Path);

        Assert.That(PdfUaChecker.Problems(pdf), Is.Empty);
    }

    [TestCase(Defect.NoLanguage, "no document language")]
    [TestCase(Defect.HeaderCellWithoutScope, "TH (object")]
    [TestCase(Defect.FigureWithoutAlt, "Figure (object")]
    [TestCase(Defect.SkippedHeadingLevel, "heading level 2 is skipped")]
    [TestCase(Defect.MarkedContentAcrossText, "cross a text object's BT/ET")]
    [TestCase(Defect.TextOutsideTags, "outside tagged content or an artifact")]
    [TestCase(Defect.NoStructParents, "no /StructParents")]
    [TestCase(Defect.NoPdfUaPart, "no pdfuaid:part")]
    [TestCase(Defect.FontNotEmbedded, "is not embedded (no FontFile, FontFile2 or FontFile3)")]
    [TestCase(Defect.FontWithoutToUnicode, "has no /ToUnicode map")]
    public void Each_defect_fails_the_one_check_it_breaks(Defect defect, string expected)
    {
        var problems = PdfUaChecker.Problems(TaggedSamplePdf.Write(_folder.Path, defect));

        Assert.That(problems, Is.Not.Empty.And.All.Contain(expected), string.Join("\n", problems));
    }

    [Test]
    public void The_problems_name_the_element_and_what_it_lacks()
    {
        var scope = PdfUaChecker.Problems(TaggedSamplePdf.Write(_folder.Path, Defect.HeaderCellWithoutScope));
        var alt = PdfUaChecker.Problems(TaggedSamplePdf.Write(_folder.Path, Defect.FigureWithoutAlt));
        var heading = PdfUaChecker.Problems(TaggedSamplePdf.Write(_folder.Path, Defect.SkippedHeadingLevel));

        Assert.That(scope, Has.One.Match(@"^TH \(object \d+, page 1\) 'Jun-20' is a header cell with no /Scope"));
        Assert.That(alt, Has.One.Match(@"^Figure \(object \d+, page 1\) has no alternative text"));
        Assert.That(heading, Has.One.Match(@"^H3 \(object \d+, page 1\) 'The figures' follows H1 \(object \d+, page 1\) 'Children's services"));
    }

    [Test]
    public void An_untagged_pdf_is_not_marked_and_has_no_structure_tree()
    {
        var path = TaggedSamplePdf.WriteUntagged(_folder.Path);

        var problems = PdfUaChecker.Problems(path);

        Assert.That(problems, Has.Some.Contain("not marked as tagged")
            .And.Some.Contain("no structure tree")
            .And.Some.Contain("no document language")
            .And.Some.Contain("page 1: 1 painting operator(s) outside tagged content"));
    }

    [Test]
    public void A_file_that_is_not_a_pdf_is_one_problem()
    {
        var path = _folder.Write("notes.pdf", "not a PDF at all");

        Assert.That(PdfUaChecker.Problems(path), Has.Count.EqualTo(1).And.One.Contain("notes.pdf cannot be read as a PDF"));
    }
}
