using Microsoft.Playwright;

namespace CoreApi.Tests.Support;

/// <summary>Debian's Chromium driven by Playwright (no browser download: the machine has none to offer).</summary>
public static class Chromium
{
    public const string ExecutablePath = "/usr/bin/chromium";

    /// <summary>Marks the test skipped, with the reason, where Chromium is not installed (.ci/run installs it).</summary>
    public static void SkipUnlessInstalled()
    {
        if (!File.Exists(ExecutablePath))
        {
            Assert.Inconclusive($"Chromium is not installed at {ExecutablePath}; run 'apt-get install chromium' (.ci/run does) to run browser tests.");
        }
    }

    public static async Task<(IPlaywright Playwright, IBrowser Browser)> LaunchAsync()
    {
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ExecutablePath,
            Headless = true,
            // No network but loopback here: without these flags Chromium keeps dialling out and being refused.
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
        return (playwright, browser);
    }
}
