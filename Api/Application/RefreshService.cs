using CoreApi.Domain;

namespace CoreApi.Application;

/// <summary>Issues a new access token for the subject of a refresh token that authentication has already accepted.</summary>
public sealed class RefreshService(ITokenIssuer issuer, TimeProvider time, ILogger<RefreshService> logger)
{
    public IssuedToken Refresh(string subject)
    {
        logger.LogInformation("Access token refreshed for {Subject}", subject);
        return issuer.Issue(TokenClaims.Issue(subject, TokenUse.Access, time.GetUtcNow()));
    }
}
