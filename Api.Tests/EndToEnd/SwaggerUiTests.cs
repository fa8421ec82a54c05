using CoreApi.Tests.Support;
using Microsoft.Playwright;

namespace CoreApi.Tests.EndToEnd;

/// <summary>A person in a real browser: open Swagger UI, Authorize with user and password, try a protected operation.</summary>
[TestClass]
public sealed class SwaggerUiTests
{
    /// <summary>Set to 1 to refresh the README's picture in docs/ from this test.</summary>
    public const string UpdateDocsVariable = "CORE_API_UPDATE_DOCS";

    [TestMethod]
    [Timeout(120_000, CooperativeCancellation = true)]
    public async Task APersonLogsInThroughTheAuthorizeDialogAndTriesAProtectedOperation()
    {
        Chromium.SkipUnlessInstalled();
        using var factory = new CoreApiFactory();
        var baseAddress = factory.StartKestrel();
        var (playwright, browser) = await Chromium.LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });

        await page.GotoAsync(new Uri(baseAddress, "/api/swagger/index.html").ToString());
        await page.ClickAsync("button.btn.authorize");
        var passwordLogin = page.Locator(".auth-container").Filter(new LocatorFilterOptions { HasText = "Login (OAuth2, password)" });
        await passwordLogin.Locator("#oauth_username").FillAsync(CoreApiFactory.Username);
        await passwordLogin.Locator("#oauth_password").FillAsync(CoreApiFactory.Password);
        await passwordLogin.Locator("button.authorize").ClickAsync();
        await passwordLogin.Locator("button[aria-label='Remove authorization']").WaitForAsync(); // "Logout": logged in
        await passwordLogin.Locator("button.btn-done").ClickAsync();

        var operation = page.Locator(".opblock-get").Filter(new LocatorFilterOptions { Has = page.Locator(".opblock-summary-path[data-path='/api/v3/metadata']") });
        await operation.Locator(".opblock-summary").ClickAsync();
        await operation.Locator("button.try-out__btn").ClickAsync();
        await operation.Locator("button.execute").ClickAsync();
        var status = operation.Locator(".live-responses-table .response .response-col_status");
        await status.WaitForAsync();

        Assert.AreEqual("200", (await status.InnerTextAsync()).Trim());
        var screenshot = Path.Combine(AppContext.BaseDirectory, "swagger-try-it-out.png");
        await operation.ScreenshotAsync(new LocatorScreenshotOptions { Path = screenshot });
        if (Environment.GetEnvironmentVariable(UpdateDocsVariable) == "1")
        {
            File.Copy(screenshot, Path.Combine(RepositoryRoot.Path, "docs", "images", "swagger-try-it-out.png"), overwrite: true);
        }
    }
}
