namespace CoreApi.Auth;

/// <summary>A signed token and the claims it carries.</summary>
public sealed record IssuedToken(string Jwt, TokenClaims Claims);
