using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace CoreApi.Contracts;

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

/// <summary>A successful token response (RFC 6749 §5.1).</summary>
/// <param name="AccessToken">The access token, as <c>POST /api/login</c> issues it.</param>
/// <param name="TokenType">Always <c>Bearer</c>.</param>
/// <param name="ExpiresIn">Seconds until the access token expires (600).</param>
/// <param name="RefreshToken">The refresh token; only the password grant issues one.</param>
public sealed record OAuthTokenResponse(
    [property: JsonPropertyName("access_token")] string AccessToken,
    [property: JsonPropertyName("token_type")] string TokenType,
    [property: JsonPropertyName("expires_in")] long ExpiresIn,
    [property: JsonPropertyName("refresh_token"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? RefreshToken);

/// <summary>
/// A token error: RFC 6749 §5.2's <c>error</c> and <c>error_description</c> for OAuth clients, together with the
/// contract's <c>code</c>, <c>message</c> and <c>details</c> for everyone else.
/// </summary>
/// <param name="Error"><c>invalid_request</c>, <c>invalid_grant</c> or <c>unsupported_grant_type</c>.</param>
/// <param name="ErrorDescription">What went wrong, for a person.</param>
/// <param name="Code">The HTTP status code.</param>
/// <param name="Message">The HTTP reason phrase.</param>
/// <param name="Details">The same description, as in every error of this API.</param>
public sealed record OAuthError(
    [property: JsonPropertyName("error")] string Error,
    [property: JsonPropertyName("error_description")] string ErrorDescription,
    [property: JsonPropertyName("code")] int Code,
    [property: JsonPropertyName("message")] string Message,
    [property: JsonPropertyName("details")] IReadOnlyList<string> Details)
{
    public static OAuthError Create(int status, string error, string description) =>
        new(error, description, status, ApiError.For(status).Message, [description]);
}

/// <summary>Marks the form-encoded token request for the API description; <see cref="OAuthTokenRequestBinder"/> reads it.</summary>
public sealed class FormBodyAttribute() : ModelBinderAttribute(typeof(OAuthTokenRequestBinder))
{
    public override BindingSource BindingSource => BindingSource.Form;
}

/// <summary>
/// Reads <c>application/x-www-form-urlencoded</c> up to 16 KiB (413 past it). Another content type or a
/// malformed form yields an empty request, which the token endpoint answers with <c>invalid_request</c>.
/// </summary>
public sealed class OAuthTokenRequestBinder : IModelBinder
{
    private static readonly OAuthTokenRequest Empty = new(null, null, null, null, null);

    public async Task BindModelAsync(ModelBindingContext bindingContext)
    {
        var request = bindingContext.HttpContext.Request;
        var model = Empty;
        if (RequestBody.IsUrlEncodedForm(request.ContentType))
        {
            var form = RequestBody.ParseForm(await RequestBody.ReadAsync(request, OAuthTokenRequest.MaxBodyBytes, bindingContext.HttpContext.RequestAborted));
            model = new OAuthTokenRequest(Single(form, "grant_type"), Single(form, "username"), Single(form, "password"), Single(form, "refresh_token"), Single(form, "scope"));
        }

        bindingContext.Result = ModelBindingResult.Success(model);
    }

    // RFC 6749 §3.2: parameters must not be included more than once; a repeated one counts as missing.
    private static string? Single(Dictionary<string, Microsoft.Extensions.Primitives.StringValues> form, string name) =>
        form.TryGetValue(name, out var values) && values.Count == 1 ? values[0] : null;
}
