using System.Text.Json;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace CoreApi.Contracts;

/// <summary>A revocation request (RFC 7009 §2.1): the token to revoke, usually the refresh token.</summary>
/// <param name="Token">The refresh token of the session to end (or an access token).</param>
/// <param name="TokenTypeHint"><c>refresh_token</c> or <c>access_token</c>; optional, both are tried.</param>
public sealed record LogoutRequest(
    [property: FromForm(Name = "token")] string? Token,
    [property: FromForm(Name = "token_type_hint")] string? TokenTypeHint)
{
    public const int MaxBodyBytes = 16 * 1024;
}

/// <summary>Marks the logout body for the API description; <see cref="LogoutRequestBinder"/> reads it.</summary>
public sealed class LogoutBodyAttribute() : ModelBinderAttribute(typeof(LogoutRequestBinder))
{
    public override BindingSource BindingSource => BindingSource.Form;
}

/// <summary>
/// Reads the token from a form body (<c>token=…</c>, as RFC 7009 sends it) or from JSON (<c>{"token": …}</c> or
/// <c>{"refresh_token": …}</c>, as the login's answer names it). Anything else is no token: logout then revokes
/// only the access token of the Authorization header, if any.
/// </summary>
public sealed class LogoutRequestBinder : IModelBinder
{
    public async Task BindModelAsync(ModelBindingContext bindingContext)
    {
        var request = bindingContext.HttpContext.Request;
        var body = request.ContentLength == 0 || request.ContentType is null
            ? ReadOnlyMemory<byte>.Empty
            : await RequestBody.ReadAsync(request, LogoutRequest.MaxBodyBytes, bindingContext.HttpContext.RequestAborted);
        bindingContext.Result = ModelBindingResult.Success(Parse(request.ContentType, body));
    }

    private static LogoutRequest Parse(string? contentType, ReadOnlyMemory<byte> body)
    {
        if (body.IsEmpty || contentType is null)
        {
            return new LogoutRequest(null, null);
        }

        if (RequestBody.IsUrlEncodedForm(contentType))
        {
            var form = RequestBody.ParseForm(body);
            return new LogoutRequest(form.GetValueOrDefault("token").ToString(), form.GetValueOrDefault("token_type_hint").ToString());
        }

        try
        {
            using var json = JsonDocument.Parse(body);
            return json.RootElement.ValueKind == JsonValueKind.Object
                ? new LogoutRequest(String(json.RootElement, "token") ?? String(json.RootElement, "refresh_token"), String(json.RootElement, "token_type_hint"))
                : new LogoutRequest(null, null);
        }
        catch (JsonException)
        {
            return new LogoutRequest(null, null);
        }
    }

    private static string? String(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
