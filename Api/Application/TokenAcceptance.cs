using CoreApi.Configuration;
using CoreApi.Domain;
using Microsoft.Extensions.Options;

namespace CoreApi.Application;

/// <summary>
/// The checks every path runs on a token after its signature and lifetime are verified: the token's use,
/// its <c>iat</c>, that its subject may still log in (a removed user's tokens stop working), and that neither it
/// nor its refresh-token family has been revoked.
/// </summary>
public sealed class TokenAcceptance(IUserDirectory users, ITokenRevocations revocations, TimeProvider time, IOptionsMonitor<CoreOptions> options)
{
    public TokenRejection? Check(PresentedToken token, TokenUse expectedUse)
    {
        var skew = TimeSpan.FromSeconds(options.CurrentValue.Api.Auth.Jwt.ClockSkewSeconds);
        if (token.Check(expectedUse, time.GetUtcNow(), skew) is { } rejection)
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
