using System.Net;
using System.Security.Claims;
using CoreApi.Hosting;
using Microsoft.Extensions.Options;

namespace CoreApi.Auth;

/// <summary>Decides whether a request may use the protected API.</summary>
public sealed class ApiAccess(IOptionsMonitor<CoreOptions> options, IUserDirectory users)
{
    /// <param name="user">The principal of a validated access token, or an anonymous one.</param>
    /// <param name="remoteAddress">
    /// The connection's peer address (rewritten from <c>X-Forwarded-For</c> only for configured trusted proxies).
    /// datarhei trusts <c>X-Forwarded-For</c> from anyone here, so any client could claim to be 127.0.0.1.
    /// </param>
    /// <param name="writes">Whether the request changes state (any method but GET and HEAD, or a marked action).</param>
    /// <param name="adminOnly">Whether only admins may make it even when it only reads.</param>
    public AccessDecision Decide(ClaimsPrincipal user, IPAddress? remoteAddress, bool writes, bool adminOnly = false)
    {
        var api = options.CurrentValue.Api;
        var auth = api.Auth;
        var anonymousAllowed = !auth.Enable || (auth.DisableLocalhost && remoteAddress is not null && IPAddress.IsLoopback(remoteAddress));
        var subject = user.Identity is { IsAuthenticated: true, Name: { } name } ? name : null;
        if (!anonymousAllowed && subject is null)
        {
            return AccessDecision.Unauthenticated;
        }

        if (writes && api.ReadOnly)
        {
            return AccessDecision.Forbidden;
        }

        var mayWrite = anonymousAllowed || users.RoleOf(subject!) == UserRole.Admin;
        return (writes || adminOnly) && !mayWrite ? AccessDecision.Forbidden : AccessDecision.Granted;
    }

    public bool IsGranted(ClaimsPrincipal user, IPAddress? remoteAddress) =>
        Decide(user, remoteAddress, writes: false) == AccessDecision.Granted;
}
