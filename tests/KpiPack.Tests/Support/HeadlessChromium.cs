using Microsoft.Playwright;

namespace KpiPack.Tests.Support;

/// <summary>
/// Debian's Chromium driven by Playwright, for the HTML editions' browser checks (axe, layout). Where it is not
/// installed the checks report that they did not run, rather than pass.
/// </summary>
public sealed class HeadlessChromium : IAsyncDisposable
{
    private const string Executable = "/usr/bin/chromium";

    private readonly IPlaywright? _playwright;
    private readonly IBrowser? _browser;

    private HeadlessChromium(IPlaywright? playwright, IBrowser? browser) => (_playwright, _browser) = (playwright, browser);

    public static async Task<HeadlessChromium> Start()
    {
        if (!File.Exists(Executable)) return new HeadlessChromium(null, null);
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Executable,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
        return new HeadlessChromium(playwright, browser);
    }

    public IBrowser Browser =>
        _browser ?? throw new IgnoreException($"{Executable} is not installed (apt-get install chromium): the browser checks did not run");

    public async ValueTask DisposeAsync()
    {
        if (_browser is not null) await _browser.DisposeAsync();
        _playwright?.Dispose();
    }
}
