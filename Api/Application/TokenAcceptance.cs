using CoreApi.Configuration;
using CoreApi.Domain;
using Microsoft.Extensions.Options;

namespace CoreApi.Application;

/// <summary>
/// The checks every path runs on a token after its signature and lifetime are verified: the token's use,
/// its <c>iat</c>, and that its subject may still log in (a removed user's tokens stop working).
/// </summary>
public sealed class TokenAcceptance(IUserDirectory users, TimeProvider time, IOptionsMonitor<CoreOptions> options)
{
    public TokenRejection? Check(PresentedToken token, TokenUse expectedUse)
    {
        var skew = TimeSpan.FromSeconds(options.CurrentValue.Api.Auth.Jwt.ClockSkewSeconds);
        var rejection = token.Check(expectedUse, time.GetUtcNow(), skew);
        if (rejection is null && !users.IsActive(token.Subject!))
        {
            return TokenRejection.UnknownSubject;
        }

        return rejection;
    }
}
