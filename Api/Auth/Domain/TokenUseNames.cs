namespace CoreApi.Auth;

public static class TokenUseNames
{
    public const string Access = "access";
    public const string Refresh = "refresh";

    public static string ToClaimValue(this TokenUse use) => use == TokenUse.Access ? Access : Refresh;

    /// <summary>Exact, case-sensitive match as datarhei does: <c>"Access"</c> or a number is no use at all.</summary>
    public static TokenUse? FromClaimValue(string? value) => value switch
    {
        Access => TokenUse.Access,
        Refresh => TokenUse.Refresh,
        _ => null,
    };
}
