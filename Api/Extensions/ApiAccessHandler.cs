using CoreApi.Application;
using Microsoft.AspNetCore.Authorization;

namespace CoreApi.Extensions;

/// <summary>The requirement of the default policy: a valid access token (of a user allowed to write, for writes), or a request that needs none.</summary>
public sealed class ApiAccessRequirement : IAuthorizationRequirement;

public sealed class ApiAccessHandler(ApiAccess access, IHttpContextAccessor http) : AuthorizationHandler<ApiAccessRequirement>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, ApiAccessRequirement requirement)
    {
        var request = (context.Resource as HttpContext ?? http.HttpContext)?.Request;
        var readOnly = request is null || HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method);
        if (access.Decide(context.User, request?.HttpContext.Connection.RemoteIpAddress, readOnly) == AccessDecision.Granted)
        {
            context.Succeed(requirement);
        }

        // Otherwise the middleware answers 401 to an anonymous user and 403 to an authenticated one.
        return Task.CompletedTask;
    }
}
