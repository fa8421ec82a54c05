namespace CoreApi.Auth;

/// <summary>The two tokens of one login; they share <c>iat</c> and never <c>jti</c>.</summary>
public sealed record TokenPair
{
    public TokenPair(IssuedToken access, IssuedToken refresh)
    {
        if (access.Claims.Use != TokenUse.Access || refresh.Claims.Use != TokenUse.Refresh)
        {
            throw new ArgumentException("A token pair is one access and one refresh token.");
        }

        if (access.Claims.Subject != refresh.Claims.Subject || access.Claims.IssuedAt != refresh.Claims.IssuedAt)
        {
            throw new ArgumentException("Both tokens of a pair name the same subject and share iat.");
        }

        Access = access;
        Refresh = refresh;
    }

    public IssuedToken Access { get; }

    public IssuedToken Refresh { get; }
}
