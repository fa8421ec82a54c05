namespace CoreApi.Auth;

/// <summary>The claims we decide on, read from a token whose signature, algorithm, issuer and lifetime are verified.</summary>
/// <param name="Subject"><c>sub</c>, when it is a string.</param>
/// <param name="UseFor"><c>usefor</c>, when it is a string.</param>
/// <param name="IssuedAt"><c>iat</c>, when it is an integer.</param>
/// <param name="HasIssuedAt">Whether the token has an <c>iat</c> claim at all, of whatever type.</param>
/// <param name="Id"><c>jti</c>, when it is a string.</param>
/// <param name="ExpiresAt"><c>exp</c>.</param>
public sealed record VerifiedClaims(string? Subject, string? UseFor, long? IssuedAt, bool HasIssuedAt, string? Id, DateTimeOffset ExpiresAt)
{
    public PresentedToken ToPresented() => new(Subject, UseFor, IssuedAt, HasIssuedAt) { Id = Id };
}
