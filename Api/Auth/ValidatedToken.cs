
namespace CoreApi.Auth;

/// <summary>A token of ours that passed every check: whose it is, its <c>jti</c> and its <c>exp</c>.</summary>
public sealed record ValidatedToken(string Subject, string? Id, DateTimeOffset ExpiresAt);
