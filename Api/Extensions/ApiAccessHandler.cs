using CoreApi.Application;
using Microsoft.AspNetCore.Authorization;

namespace CoreApi.Extensions;

/// <summary>The requirement of the default policy: a valid access token, or a request that needs none.</summary>
public sealed class ApiAccessRequirement : IAuthorizationRequirement;

public sealed class ApiAccessHandler(ApiAccess access, IHttpContextAccessor http) : AuthorizationHandler<ApiAccessRequirement>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, ApiAccessRequirement requirement)
    {
        var remote = (context.Resource as HttpContext ?? http.HttpContext)?.Connection.RemoteIpAddress;
        if (access.IsGranted(context.User, remote))
        {
            context.Succeed(requirement);
        }

        return Task.CompletedTask;
    }
}
