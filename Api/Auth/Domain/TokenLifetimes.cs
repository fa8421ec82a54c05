namespace CoreApi.Auth;

/// <summary>datarhei's fixed lifetimes; clients read <c>exi</c> to schedule their refresh, so they are part of the contract.</summary>
public static class TokenLifetimes
{
    public static readonly TimeSpan Access = TimeSpan.FromSeconds(600);
    public static readonly TimeSpan Refresh = TimeSpan.FromSeconds(86400);

    public static TimeSpan For(TokenUse use) => use == TokenUse.Access ? Access : Refresh;
}
