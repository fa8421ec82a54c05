using System.Net;
using System.Security.Claims;
using CoreApi.Configuration;
using Microsoft.Extensions.Options;

namespace CoreApi.Application;

/// <summary>Decides whether a request may use the protected API.</summary>
public sealed class ApiAccess(IOptionsMonitor<CoreOptions> options)
{
    /// <param name="user">The principal of a validated access token, or an anonymous one.</param>
    /// <param name="remoteAddress">
    /// The socket's peer address. Never a forwarded header: datarhei trusts <c>X-Forwarded-For</c> here, so
    /// any client could claim to be 127.0.0.1.
    /// </param>
    public bool IsGranted(ClaimsPrincipal user, IPAddress? remoteAddress)
    {
        var auth = options.CurrentValue.Api.Auth;
        return !auth.Enable
            || user.Identity?.IsAuthenticated == true
            || (auth.DisableLocalhost && remoteAddress is not null && IPAddress.IsLoopback(remoteAddress));
    }
}
