using System.Text;
using CoreApi.Auth;
using CoreApi.Hosting;
using Microsoft.Extensions.Configuration;

namespace CoreApi.Tests.Unit;

[TestClass]
public sealed class Auth0ConfigurationTests
{
    private static CoreOptions FromEnvironment(string tenants) =>
        new ConfigurationBuilder()
            .Add(new CoreEnvironmentConfigurationSource(new Dictionary<string, string> { ["CORE_API_AUTH_AUTH0_TENANTS"] = tenants, ["CORE_API_AUTH_AUTH0_ENABLE"] = "true" }))
            .Build().Get<CoreOptions>()!;

    [TestMethod]
    public void TheUrlFormNamesClientDomainAudienceAndUsers()
    {
        var tenant = FromEnvironment("auth0://client-1@example.eu.auth0.com?aud=https%3A%2F%2Fcore%2Fapi&user=auth0%7Calice&user=google-oauth2%7Cbob").Api.Auth.Auth0.Tenants.Single();

        Assert.AreEqual("client-1", tenant.ClientId);
        Assert.AreEqual("example.eu.auth0.com", tenant.Domain);
        Assert.AreEqual("https://core/api", tenant.Audience);
        CollectionAssert.AreEqual(new[] { "auth0|alice", "google-oauth2|bob" }, tenant.Users);
    }

    [TestMethod]
    public void TheUrlFormWithoutClientIdAndWithAPortIsRead()
    {
        var tenant = FromEnvironment("auth0://127.0.0.1:9000?aud=api&user=u").Api.Auth.Auth0.Tenants.Single();

        Assert.AreEqual("", tenant.ClientId);
        Assert.AreEqual("127.0.0.1:9000", tenant.Domain);
    }

    [TestMethod]
    public void Base64JsonTenantsAndUrlsMixCommaSeparated()
    {
        var json = Convert.ToBase64String(Encoding.UTF8.GetBytes("""{"domain":"b.auth0.com","audience":"api-b","clientid":"c-b","users":["u1","u2"]}"""));

        var tenants = FromEnvironment($"auth0://c-a@a.auth0.com?aud=api-a&user=x, {json}").Api.Auth.Auth0.Tenants;

        Assert.AreEqual(2, tenants.Count);
        Assert.AreEqual("a.auth0.com", tenants[0].Domain);
        Assert.AreEqual("b.auth0.com", tenants[1].Domain);
        Assert.AreEqual("c-b", tenants[1].ClientId);
        CollectionAssert.AreEqual(new[] { "u1", "u2" }, tenants[1].Users);
    }

    [TestMethod]
    public void AnUnreadableTenantStopsTheStartNamingTheVariable()
    {
        var error = Assert.ThrowsExactly<InvalidOperationException>(() => FromEnvironment("not base64 and not a url"));

        StringAssert.Contains(error.Message, "CORE_API_AUTH_AUTH0_TENANTS");
        StringAssert.Contains(error.Message, "tenant 0");
    }

    [TestMethod]
    public void InvalidTenantsAreNamedByIndexAndField()
    {
        var options = new CoreOptions
        {
            Api = { Auth = { Username = "a", Password = "b", Auth0 = { Enable = true, Tenants =
            [
                new Auth0TenantOptions { Domain = "ok.auth0.com", Audience = "api", Users = ["u"] },
                new Auth0TenantOptions { Domain = "https://bad.example/path", Audience = "", Users = [] },
            ] } } },
        };

        var message = new CoreOptionsValidator().Validate(null, options).FailureMessage;

        StringAssert.Contains(message, "api.auth.auth0.tenants[1].domain");
        StringAssert.Contains(message, "api.auth.auth0.tenants[1].audience");
        StringAssert.Contains(message, "api.auth.auth0.tenants[1].users");
        Assert.IsFalse(message.Contains("tenants[0]"));
    }

    [TestMethod]
    public void RealTenantsNeedHttpsAndOnlyLoopbackMayUsePlainHttp()
    {
        Assert.AreEqual("https://example.auth0.com/", Auth0Domain.Issuer("example.auth0.com", allowLoopbackHttp: true));
        Assert.AreEqual("https://127.0.0.1:9000/", Auth0Domain.Issuer("127.0.0.1:9000", allowLoopbackHttp: false));
        Assert.AreEqual("http://127.0.0.1:9000/", Auth0Domain.Issuer("127.0.0.1:9000", allowLoopbackHttp: true));
        Assert.IsNotNull(Auth0Domain.Validate("10.0.0.1:9000", allowLoopbackHttp: true));
    }
}
