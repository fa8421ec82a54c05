using CoreApi.Domain;

namespace CoreApi.Application;

/// <summary>Issues a new access token for the subject of a refresh token that authentication has already accepted.</summary>
public sealed class RefreshService(ITokenIssuer issuer, TimeProvider time, AuditLog audit)
{
    public IssuedToken Refresh(string subject)
    {
        audit.Refreshed(subject);
        return issuer.Issue(TokenClaims.Issue(subject, TokenUse.Access, time.GetUtcNow()));
    }
}
