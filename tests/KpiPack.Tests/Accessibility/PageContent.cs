using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Graphics.Operations.MarkedContent;
using UglyToad.PdfPig.Tokens;

namespace KpiPack.Tests.Accessibility;

/// <summary>
/// One page's content stream read for tagging: which marked-content identifiers (MCIDs) it holds, in order, whether
/// every painting operator sits in tagged content or an artifact, and whether any marked-content sequence crosses a
/// text object's BT/ET. Form XObjects count as one painting operator (their Do) inside whatever encloses it.
/// </summary>
internal sealed record PageContent(int Page, IReadOnlyList<int> Mcids, IReadOnlyList<string> Problems)
{
    private static readonly HashSet<string> PaintingOperators =
        ["Tj", "TJ", "'", "\"", "S", "s", "f", "F", "f*", "B", "B*", "b", "b*", "Do", "sh", "BI"];

    private sealed record Open(string Tag, int? Mcid, bool Artifact, int TextObject);

    public static PageContent Read(Page page, PdfObjects objects)
    {
        var mcids = new List<int>();
        var problems = new List<string>();
        var open = new Stack<Open>();
        var textObject = 0;   // 0 outside BT..ET, else the number of the text object we are in
        var textObjects = 0;
        var untagged = new List<string>();
        var crossings = new List<string>();
        var properties = objects.Dictionary(objects.Dictionary(page.Dictionary, "Resources"), "Properties");

        foreach (var (operation, index) in page.Operations.Select((o, i) => (o, i + 1)))
        {
            switch (operation)
            {
                case BeginMarkedContent bmc:
                    open.Push(new Open(bmc.Name.Data, null, bmc.Name.Data == "Artifact", textObject));
                    break;
                case BeginMarkedContentWithProperties bdc:
                    var dictionary = bdc.Properties ?? (bdc.PropertyDictionaryName is { } name ? objects.Dictionary(properties, name.Data) : null);
                    var mcid = objects.Integer(dictionary, "MCID");
                    open.Push(new Open(bdc.Name.Data, mcid, bdc.Name.Data == "Artifact", textObject));
                    if (mcid is { } id && bdc.Name.Data != "Artifact")
                    {
                        if (mcids.Contains(id)) problems.Add($"page {page.Number}: MCID {id} is used twice");
                        mcids.Add(id);
                    }
                    break;
                case EndMarkedContent:
                    if (open.Count == 0) { problems.Add($"page {page.Number}: EMC without a BMC/BDC"); break; }
                    var closed = open.Pop();
                    if (closed.TextObject != textObject)
                        crossings.Add($"/{closed.Tag}{(closed.Mcid is { } m ? $" MCID {m}" : "")}");
                    break;
                default:
                    switch (operation.Operator)
                    {
                        case "BT": textObject = ++textObjects; break;
                        case "ET": textObject = 0; break;
                        case var op when PaintingOperators.Contains(op) && !open.Any(o => o.Artifact || o.Mcid is not null):
                            untagged.Add($"{operation.Operator}, operation {index} of the page's content");
                            break;
                    }
                    break;
            }
        }

        if (open.Count > 0)
            problems.Add($"page {page.Number}: {open.Count} marked-content sequence(s) never closed (innermost /{open.Peek().Tag})");
        if (untagged.Count > 0)
            problems.Add($"page {page.Number}: {untagged.Count} painting operator(s) outside tagged content or an artifact (first: {untagged[0]})");
        if (crossings.Count > 0)
            problems.Add($"page {page.Number}: {crossings.Count} marked-content sequence(s) cross a text object's BT/ET (first: {crossings[0]})");
        return new PageContent(page.Number, mcids, problems);
    }
}
