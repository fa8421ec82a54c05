using System.Security.Claims;
using CoreApi.Auth;
using CoreApi.Hosting;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Moq;

namespace CoreApi.Tests.Unit;

/// <summary>The default policy, decided by our handler inside the framework's own policy evaluator.</summary>
[TestClass]
public sealed class ApiAccessHandlerTests
{
    private static readonly AuthorizationPolicy DefaultPolicy = new AuthorizationPolicyBuilder().AddRequirements(new ApiAccessRequirement()).Build();

    [TestMethod]
    public async Task AnAnonymousRequestIsChallenged()
    {
        var result = await Authorize(DefaultPolicy, Request("GET"), user: null);

        Assert.IsTrue(result.Challenged);
    }

    [TestMethod]
    public async Task AReadUserMayRead()
    {
        var result = await Authorize(DefaultPolicy, Request("GET"), user: "reader");

        Assert.IsTrue(result.Succeeded);
    }

    [TestMethod]
    [DataRow("PUT", false, DisplayName = "a write")]
    [DataRow("GET", true, DisplayName = "a GET that changes state")]
    public async Task AReadUserWritingIsForbiddenNotChallenged(string method, bool mutates)
    {
        var result = await Authorize(DefaultPolicy, Request(method, mutates ? new MutatesAttribute() : null), user: "reader");

        Assert.IsTrue(result.Forbidden);
    }

    [TestMethod]
    public async Task AReadUserIsForbiddenAnAdminOnlyRead()
    {
        var result = await Authorize(DefaultPolicy, Request("GET", new AdminOnlyAttribute()), user: "reader");

        Assert.IsTrue(result.Forbidden);
    }

    [TestMethod]
    public async Task AnAdminMayWrite()
    {
        var result = await Authorize(DefaultPolicy, Request("PUT"), user: "admin");

        Assert.IsTrue(result.Succeeded);
    }

    [TestMethod]
    public async Task AnUnknownSubjectMayReadButNotWrite()
    {
        Assert.IsTrue((await Authorize(DefaultPolicy, Request("GET"), user: "stranger")).Succeeded, "its token was accepted, so it exists");
        Assert.IsTrue((await Authorize(DefaultPolicy, Request("PUT"), user: "stranger")).Forbidden);
    }

    private static async Task<PolicyAuthorizationResult> Authorize(AuthorizationPolicy policy, HttpContext context, string? user)
    {
        var authentication = AuthenticateResult.NoResult();
        if (user is not null)
        {
            context.User = new ClaimsPrincipal(new ClaimsIdentity([new Claim("sub", user)], "Bearer", "sub", null));
            authentication = AuthenticateResult.Success(new AuthenticationTicket(context.User, AuthSchemes.AccessScheme));
        }

        var users = Mock.Of<IUserDirectory>(d => d.RoleOf("admin") == UserRole.Admin && d.RoleOf("reader") == UserRole.Read);
        var access = new ApiAccess(Mock.Of<IOptionsMonitor<CoreOptions>>(m => m.CurrentValue == new CoreOptions()), users);
        using var services = new ServiceCollection()
            .AddLogging()
            .AddAuthorization()
            .AddSingleton<IAuthorizationHandler>(new ApiAccessHandler(access))
            .AddAuthorizationPolicyEvaluator()
            .BuildServiceProvider();
        return await services.GetRequiredService<IPolicyEvaluator>().AuthorizeAsync(policy, authentication, context, context);
    }

    private static DefaultHttpContext Request(string method, params object?[] endpointMetadata)
    {
        var context = new DefaultHttpContext();
        context.Request.Method = method;
        context.SetEndpoint(new Endpoint(null, new EndpointMetadataCollection(endpointMetadata.OfType<object>()), "test"));
        return context;
    }
}
