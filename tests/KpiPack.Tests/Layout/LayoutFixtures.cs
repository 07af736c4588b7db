using KpiPack.Rendering.Fonts;
using KpiPack.Rendering.Layout;

namespace KpiPack.Tests.Layout;

/// <summary>Elements of known size, so layout tests can state space and content exactly.</summary>
internal static class LayoutFixtures
{
    public static Drawing Block(float height, string name = "block") => new(height, (_, _) => { }, name);

    public static TableRow Row(float height, int columns = 1, bool keepWithNext = false, string name = "row") =>
        new([new TableCell(Block(height, name), columns)], keepWithNext);

    public static Table TableOf(float headerHeight, IEnumerable<TableRow> body, float padding = 0) =>
        new([100], [Row(headerHeight, name: "header")], body.ToList()) { CellPadding = padding };

    public static IReadOnlyList<int> RowsPerPage(IReadOnlyList<TableSlice> slices) => slices.Select(s => s.Rows.Count).ToList();
}

/// <summary>A fixture with its own fonts, loaded once for its tests; nested fixtures do not share their outer one's.</summary>
public abstract class WithFonts
{
    private protected FontSet Fonts { get; private set; } = null!;

    [OneTimeSetUp] public void LoadFonts() => Fonts = new FontSet();
}
