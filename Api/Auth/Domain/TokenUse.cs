namespace CoreApi.Auth;

/// <summary>What a token may be used for; carried in the <c>usefor</c> claim.</summary>
public enum TokenUse
{
    Access,
    Refresh,
}
