using Microsoft.AspNetCore.Authorization;

namespace CoreApi.Auth;

/// <summary>The requirement of the default policy: a valid access token (of a user allowed to write, for writes), or a request that needs none.</summary>
public sealed class ApiAccessRequirement : IAuthorizationRequirement
{
}
