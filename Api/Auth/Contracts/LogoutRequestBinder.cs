using System.Text.Json;
using CoreApi.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace CoreApi.Auth;

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
