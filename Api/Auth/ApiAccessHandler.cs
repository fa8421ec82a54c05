using Microsoft.AspNetCore.Authorization;

namespace CoreApi.Auth;

/// <summary>
/// Decides <see cref="ApiAccessRequirement"/>, the default policy of every protected endpoint: the request's method and
/// the endpoint's <see cref="MutatesAttribute"/> / <see cref="AdminOnlyAttribute"/> say what it needs, and
/// <see cref="ApiAccess"/> whether the user (or, with <c>disable_localhost</c>, the loopback client) may. Unmet, the
/// authorization middleware challenges an anonymous user (401) and forbids an authenticated one (403), both answered
/// by the bearer scheme's events (<see cref="BearerRefusal"/>).
/// </summary>
public sealed class ApiAccessHandler(ApiAccess access) : AuthorizationHandler<ApiAccessRequirement>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, ApiAccessRequirement requirement)
    {
        if (context.Resource is HttpContext http && Decide(http, context) == AccessDecision.Granted)
        {
            context.Succeed(requirement);
        }

        return Task.CompletedTask;
    }

    private AccessDecision Decide(HttpContext http, AuthorizationHandlerContext context)
    {
        var metadata = http.GetEndpoint()?.Metadata;
        var method = http.Request.Method;
        var writes = (!HttpMethods.IsGet(method) && !HttpMethods.IsHead(method)) || metadata?.GetMetadata<MutatesAttribute>() is not null;
        var adminOnly = metadata?.GetMetadata<AdminOnlyAttribute>() is not null;
        return access.Decide(context.User, http.Connection.RemoteIpAddress, writes, adminOnly);
    }
}
