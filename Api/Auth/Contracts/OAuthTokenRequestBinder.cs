using System.Text.Json.Serialization;
using CoreApi.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace CoreApi.Auth;

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
