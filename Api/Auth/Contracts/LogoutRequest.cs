using System.Text.Json;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace CoreApi.Auth;

/// <summary>A revocation request (RFC 7009 §2.1): the token to revoke, usually the refresh token.</summary>
/// <param name="Token">The refresh token of the session to end (or an access token).</param>
/// <param name="TokenTypeHint"><c>refresh_token</c> or <c>access_token</c>; optional, both are tried.</param>
public sealed record LogoutRequest(
    [property: FromForm(Name = "token")] string? Token,
    [property: FromForm(Name = "token_type_hint")] string? TokenTypeHint)
{
    public const int MaxBodyBytes = 16 * 1024;
}
