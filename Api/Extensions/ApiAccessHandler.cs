using CoreApi.Application;
using Microsoft.AspNetCore.Authorization;

namespace CoreApi.Extensions;

/// <summary>The requirement of the default policy: a valid access token (of a user allowed to write, for writes), or a request that needs none.</summary>
public sealed class ApiAccessRequirement : IAuthorizationRequirement
{
    /// <summary>The decision for <paramref name="user"/> making <paramref name="context"/>'s request.</summary>
    public static AccessDecision Decide(ApiAccess access, HttpContext context, System.Security.Claims.ClaimsPrincipal user)
    {
        var metadata = context.GetEndpoint()?.Metadata;
        var method = context.Request.Method;
        var writes = (!HttpMethods.IsGet(method) && !HttpMethods.IsHead(method)) || metadata?.GetMetadata<Controllers.MutatesAttribute>() is not null;
        var adminOnly = metadata?.GetMetadata<Controllers.AdminOnlyAttribute>() is not null;
        return access.Decide(user, context.Connection.RemoteIpAddress, writes, adminOnly);
    }
}

/// <summary>
/// Decides <see cref="ApiAccessRequirement"/> for <see cref="IAuthorizationService"/> callers. The authorization
/// middleware decides the default policy through <see cref="ApiPolicyEvaluator"/> without this handler; both use
/// <see cref="ApiAccessRequirement.Decide"/>.
/// </summary>
public sealed class ApiAccessHandler(ApiAccess access, IHttpContextAccessor http) : AuthorizationHandler<ApiAccessRequirement>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, ApiAccessRequirement requirement)
    {
        if ((context.Resource as HttpContext ?? http.HttpContext) is { } httpContext
            && ApiAccessRequirement.Decide(access, httpContext, context.User) == AccessDecision.Granted)
        {
            context.Succeed(requirement);
        }

        // Otherwise the middleware answers 401 to an anonymous user and 403 to an authenticated one.
        return Task.CompletedTask;
    }
}
