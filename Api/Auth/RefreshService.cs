using CoreApi.Hosting;
using Microsoft.Extensions.Options;

namespace CoreApi.Auth;

/// <summary>
/// Issues a new access token for a refresh token that authentication has already accepted. With
/// <c>api.auth.jwt.rotate_refresh</c>, each refresh also returns a new refresh token of the same family; a used
/// refresh token stays usable for the overlap, and a use after that revokes the whole family (RFC 9700 §4.14.2).
/// </summary>
public sealed class RefreshService(ITokenIssuer issuer, ITokenRevocations revocations, TimeProvider time, AuditLog audit, IOptionsMonitor<CoreOptions> options)
{
    public RefreshResult Refresh(ValidatedToken refreshToken)
    {
        var now = time.GetUtcNow();
        var access = issuer.Issue(TokenClaims.Issue(refreshToken.Subject, TokenUse.Access, now));
        var jwt = options.CurrentValue.Api.Auth.Jwt;
        if (!jwt.RotateRefresh)
        {
            audit.Refreshed(refreshToken.Subject);
            return new RefreshResult(access, null);
        }

        if (refreshToken.Id is not { } id)
        {
            return RefreshResult.Refused; // no jti, nothing to track: not a token of ours
        }

        var family = revocations.FamilyOf(id);
        var familyExpires = revocations.FamilyExpiry(family) ?? refreshToken.ExpiresAt;
        var firstUsed = revocations.MarkUsed(id, now, refreshToken.ExpiresAt);
        // Whole seconds, as stored: a use in the same second as the first one is never a reuse.
        if (now.ToUnixTimeSeconds() - firstUsed.ToUnixTimeSeconds() > jwt.RotationOverlapSeconds)
        {
            revocations.Revoke(family, familyExpires);
            audit.RefreshReuseDetected(refreshToken.Subject);
            return RefreshResult.Refused;
        }

        var refresh = issuer.Issue(TokenClaims.IssueUntil(refreshToken.Subject, TokenUse.Refresh, now, familyExpires));
        revocations.AddToFamily(refresh.Claims.Id.ToString("D"), family, familyExpires);
        audit.Refreshed(refreshToken.Subject);
        return new RefreshResult(access, refresh);
    }
}
