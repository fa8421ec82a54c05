using System.Net;
using System.Security.Claims;
using CoreApi.Configuration;
using CoreApi.Domain;
using Microsoft.Extensions.Options;

namespace CoreApi.Application;

public enum AccessDecision
{
    Granted,

    /// <summary>No valid access token: 401.</summary>
    Unauthenticated,

    /// <summary>A valid token whose user may not do this (a read user writing): 403.</summary>
    Forbidden,
}

/// <summary>Decides whether a request may use the protected API.</summary>
public sealed class ApiAccess(IOptionsMonitor<CoreOptions> options, IUserDirectory users)
{
    /// <param name="user">The principal of a validated access token, or an anonymous one.</param>
    /// <param name="remoteAddress">
    /// The connection's peer address (rewritten from <c>X-Forwarded-For</c> only for configured trusted proxies).
    /// datarhei trusts <c>X-Forwarded-For</c> from anyone here, so any client could claim to be 127.0.0.1.
    /// </param>
    /// <param name="readOnly">Whether the request only reads (GET, HEAD).</param>
    public AccessDecision Decide(ClaimsPrincipal user, IPAddress? remoteAddress, bool readOnly)
    {
        var auth = options.CurrentValue.Api.Auth;
        if (!auth.Enable || (auth.DisableLocalhost && remoteAddress is not null && IPAddress.IsLoopback(remoteAddress)))
        {
            return AccessDecision.Granted;
        }

        if (user.Identity is not { IsAuthenticated: true, Name: { } subject })
        {
            return AccessDecision.Unauthenticated;
        }

        return readOnly || users.RoleOf(subject) == UserRole.Admin ? AccessDecision.Granted : AccessDecision.Forbidden;
    }

    public bool IsGranted(ClaimsPrincipal user, IPAddress? remoteAddress) =>
        Decide(user, remoteAddress, readOnly: true) == AccessDecision.Granted;
}
