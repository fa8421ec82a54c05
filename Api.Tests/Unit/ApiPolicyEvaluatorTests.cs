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
    public async Task TheRefreshPolicyIsGrantedToAnAuthenticatedUserAndChallengesAnAnonymousOne()
    {
        var refreshPolicy = new AuthorizationPolicyBuilder().AddAuthenticationSchemes("RefreshToken").RequireAuthenticatedUser().Build();

        Assert.IsTrue((await Authorize(refreshPolicy, Request("GET"), user: "reader")).Succeeded);
        Assert.IsTrue((await Authorize(refreshPolicy, Request("GET"), user: null)).Challenged);
    }

    [TestMethod]
    public async Task AnyOtherPolicyIsDecidedByTheFrameworksEvaluator()
    {
        var otherPolicy = new AuthorizationPolicyBuilder().RequireClaim("role", "admin").Build();
        stockService.Setup(s => s.AuthorizeAsync(It.IsAny<ClaimsPrincipal>(), It.IsAny<object?>(), otherPolicy.Requirements))
            .ReturnsAsync(AuthorizationResult.Failed());

        var result = await Authorize(otherPolicy, Request("GET"), user: "admin");

        Assert.IsTrue(result.Forbidden);
        stockService.VerifyAll();
    }

    [TestMethod]
    public async Task ThePolicysSchemeIsNotAuthenticatedAgainWhenTheMiddlewareAlreadyDidIt()
    {
        var context = Request("GET");
        context.User = new ClaimsPrincipal(new ClaimsIdentity([new Claim("sub", "admin")], "Bearer", "sub", null));
        var known = AuthenticateResult.Success(new AuthenticationTicket(context.User, "RefreshToken"));
        context.Features.Set<IAuthenticateResultFeature>(new KnownResult(known));
        var refreshPolicy = new AuthorizationPolicyBuilder().AddAuthenticationSchemes("RefreshToken").RequireAuthenticatedUser().Build();

        // No authentication service is registered: the framework's path would throw here.
        Assert.AreSame(known, await Evaluator().AuthenticateAsync(refreshPolicy, context));
    }

    [TestMethod]
    public async Task UnderTheDefaultPolicyAnAnonymousRequestHasNoResultAsWithTheFramework()
    {
        var ours = await Evaluator().AuthenticateAsync(DefaultPolicy, Request("GET"));
        var framework = await new PolicyEvaluator(stockService.Object).AuthenticateAsync(DefaultPolicy, Request("GET"));

        Assert.IsTrue(ours.None);
        Assert.AreEqual(framework.None, ours.None);
        Assert.AreEqual(framework.Succeeded, ours.Succeeded);
    }

    [TestMethod]
    public async Task UnderTheDefaultPolicyAnAuthenticatedUserIsTheResult()
    {
        var context = Request("GET");
        context.User = new ClaimsPrincipal(new ClaimsIdentity([new Claim("sub", "admin")], "Bearer", "sub", null));

        var result = await Evaluator().AuthenticateAsync(DefaultPolicy, context);

        Assert.IsTrue(result.Succeeded);
        Assert.AreSame(context.User, result.Principal);
    }

    private sealed class KnownResult(AuthenticateResult result) : IAuthenticateResultFeature
    {
        public AuthenticateResult? AuthenticateResult { get; set; } = result;
    }

    private Task<PolicyAuthorizationResult> Authorize(AuthorizationPolicy policy, HttpContext context, string? user)
    {
        var evaluator = Evaluator();
        var authentication = AuthenticateResult.NoResult();
        if (user is not null)
        {
            context.User = new ClaimsPrincipal(new ClaimsIdentity([new Claim("sub", user)], "Bearer", "sub", null));
            authentication = AuthenticateResult.Success(new AuthenticationTicket(context.User, "AccessToken"));
        }

        return evaluator.AuthorizeAsync(policy, authentication, context, context);
    }

    private ApiPolicyEvaluator Evaluator()
    {
        var users = Mock.Of<IUserDirectory>(d => d.RoleOf("admin") == UserRole.Admin && d.RoleOf("reader") == UserRole.Read);
        var access = new ApiAccess(Mock.Of<IOptionsMonitor<CoreOptions>>(m => m.CurrentValue == new CoreOptions()), users);
        return new ApiPolicyEvaluator(new PolicyEvaluator(stockService.Object), access, NullLogger<ApiPolicyEvaluator>.Instance);
    }

    private static DefaultHttpContext Request(string method, params object?[] endpointMetadata)
    {
        var context = new DefaultHttpContext();
        context.Request.Method = method;
        context.SetEndpoint(new Endpoint(null, new EndpointMetadataCollection(endpointMetadata.OfType<object>()), "test"));
        return context;
    }
}
