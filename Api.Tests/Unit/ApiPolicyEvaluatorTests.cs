using System.Security.Claims;
using CoreApi.Application;
using CoreApi.Configuration;
using CoreApi.Controllers;
using CoreApi.Domain;
using CoreApi.Extensions;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Moq;

namespace CoreApi.Tests.Unit;

[TestClass]
public sealed class ApiPolicyEvaluatorTests
{
    private static readonly AuthorizationPolicy DefaultPolicy = new AuthorizationPolicyBuilder().AddRequirements(new ApiAccessRequirement()).Build();

    private readonly Mock<IAuthorizationService> stockService = new(MockBehavior.Strict);

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
    public async Task AnyOtherPolicyIsDecidedByTheFrameworksEvaluator()
    {
        var refreshPolicy = new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build();
        stockService.Setup(s => s.AuthorizeAsync(It.IsAny<ClaimsPrincipal>(), It.IsAny<object?>(), refreshPolicy.Requirements))
            .ReturnsAsync(AuthorizationResult.Failed());

        var result = await Authorize(refreshPolicy, Request("GET"), user: "admin");

        Assert.IsTrue(result.Forbidden);
        stockService.VerifyAll();
    }

    private Task<PolicyAuthorizationResult> Authorize(AuthorizationPolicy policy, HttpContext context, string? user)
    {
        var users = Mock.Of<IUserDirectory>(d => d.RoleOf("admin") == UserRole.Admin && d.RoleOf("reader") == UserRole.Read);
        var access = new ApiAccess(Mock.Of<IOptionsMonitor<CoreOptions>>(m => m.CurrentValue == new CoreOptions()), users);
        var evaluator = new ApiPolicyEvaluator(new PolicyEvaluator(stockService.Object), access, NullLogger<ApiPolicyEvaluator>.Instance);

        var authentication = AuthenticateResult.NoResult();
        if (user is not null)
        {
            context.User = new ClaimsPrincipal(new ClaimsIdentity([new Claim("sub", user)], "Bearer", "sub", null));
            authentication = AuthenticateResult.Success(new AuthenticationTicket(context.User, "AccessToken"));
        }

        return evaluator.AuthorizeAsync(policy, authentication, context, context);
    }

    private static DefaultHttpContext Request(string method, params object?[] endpointMetadata)
    {
        var context = new DefaultHttpContext();
        context.Request.Method = method;
        context.SetEndpoint(new Endpoint(null, new EndpointMetadataCollection(endpointMetadata.OfType<object>()), "test"));
        return context;
    }
}
