using CoreApi.Application;
using Microsoft.AspNetCore.Authorization;

namespace CoreApi.Extensions;

/// <summary>The requirement of the default policy: a valid access token (of a user allowed to write, for writes), or a request that needs none.</summary>
public sealed class ApiAccessRequirement : IAuthorizationRequirement;

public sealed class ApiAccessHandler(ApiAccess access, IHttpContextAccessor http) : AuthorizationHandler<ApiAccessRequirement>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, ApiAccessRequirement requirement)
    {
        var httpContext = context.Resource as HttpContext ?? http.HttpContext;
        var request = httpContext?.Request;
        var metadata = httpContext?.GetEndpoint()?.Metadata;
        var writes = (request is not null && !HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method))
            || metadata?.GetMetadata<Controllers.MutatesAttribute>() is not null;
        var adminOnly = metadata?.GetMetadata<Controllers.AdminOnlyAttribute>() is not null;
        if (access.Decide(context.User, httpContext?.Connection.RemoteIpAddress, writes, adminOnly) == AccessDecision.Granted)
        {
            context.Succeed(requirement);
        }

        // Otherwise the middleware answers 401 to an anonymous user and 403 to an authenticated one.
        return Task.CompletedTask;
    }
}
