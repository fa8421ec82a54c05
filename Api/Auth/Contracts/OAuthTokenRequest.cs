using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace CoreApi.Auth;

/// <summary>An OAuth 2.0 token request (RFC 6749 §4.3.2 password grant, §6 refresh grant), form-encoded.</summary>
/// <param name="GrantType"><c>password</c> or <c>refresh_token</c>.</param>
/// <param name="Username">For the password grant: the user of <c>api.auth.username</c>.</param>
/// <param name="Password">For the password grant: its password.</param>
/// <param name="RefreshToken">For the refresh grant: the <c>refresh_token</c> of an earlier answer.</param>
/// <param name="Scope">Ignored; accepted because OAuth clients may send it.</param>
public sealed record OAuthTokenRequest(
    [property: FromForm(Name = "grant_type")] string? GrantType,
    [property: FromForm(Name = "username")] string? Username,
    [property: FromForm(Name = "password")] string? Password,
    [property: FromForm(Name = "refresh_token")] string? RefreshToken,
    [property: FromForm(Name = "scope")] string? Scope)
{
    public const int MaxBodyBytes = 16 * 1024;
}
