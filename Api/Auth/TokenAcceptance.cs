using CoreApi.Hosting;
using Microsoft.Extensions.Options;

namespace CoreApi.Auth;

/// <summary>
/// The checks every path runs on a token after its signature and lifetime are verified: the token's use,
/// its <c>iat</c>, that its subject may still log in (a removed user's tokens stop working), and that neither it
/// nor its refresh-token family has been revoked.
/// </summary>
public sealed class TokenAcceptance(IUserDirectory users, ITokenRevocations revocations, IOptionsMonitor<CoreOptions> options)
{
    /// <summary>Why <paramref name="token"/> is refused for <paramref name="expectedUse"/>; null when it is accepted.</summary>
    /// <param name="token">The token's claims, its signature and lifetime verified.</param>
    /// <param name="expectedUse">What the token is presented for.</param>
    /// <param name="now">The time the caller read for this request, the same it checked the token's lifetime against.</param>
    public TokenRejection? Check(PresentedToken token, TokenUse expectedUse, DateTimeOffset now)
    {
        var skew = TimeSpan.FromSeconds(options.CurrentValue.Api.Auth.Jwt.ClockSkewSeconds);
        if (token.Check(expectedUse, now, skew) is { } rejection)
        {
            return rejection;
        }

        if (!users.IsActive(token.Subject!))
        {
            return TokenRejection.UnknownSubject;
        }

        return token.Id is not null && revocations.IsRevoked(token.Id) ? TokenRejection.Revoked : null;
    }
}
