using Microsoft.Extensions.Options;

namespace CoreApi.Auth;

/// <summary>A new access token, with rotation also a new refresh token; or nothing when a reuse was detected.</summary>
public sealed record RefreshResult(IssuedToken? Access, IssuedToken? Refresh)
{
    public static readonly RefreshResult Refused = new(null, null);
}
