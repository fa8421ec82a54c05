using System.Text.Json;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ModelBinding.Validation;

namespace CoreApi.Contracts;

/// <summary>The body of <c>POST /api/login</c>.</summary>
/// <param name="Username">The user of <c>api.auth.username</c>.</param>
/// <param name="Password">Its password.</param>
[ValidateNever]
public sealed record LoginRequest(string? Username, string? Password)
{
    /// <summary>The largest login body read; a larger one is answered with 413.</summary>
    public const int MaxBodyBytes = 16 * 1024;

    public static readonly LoginRequest Empty = new(null, null);

    /// <summary>
    /// Reads the credentials as datarhei does: a JSON object whose <c>username</c> and <c>password</c> keys match
    /// case-insensitively (the last one wins). Anything else — no JSON content type, not JSON, not an object,
    /// values that are not strings — yields no credentials, which validation answers with 400.
    /// </summary>
    public static LoginRequest FromJson(ReadOnlyMemory<byte> body)
    {
        try
        {
            using var document = JsonDocument.Parse(body, new JsonDocumentOptions { MaxDepth = 16 });
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                return Empty;
            }

            string? username = null, password = null;
            foreach (var property in document.RootElement.EnumerateObject())
            {
                var value = property.Value.ValueKind == JsonValueKind.String ? property.Value.GetString() : null;
                if (string.Equals(property.Name, "username", StringComparison.OrdinalIgnoreCase))
                {
                    username = value;
                }
                else if (string.Equals(property.Name, "password", StringComparison.OrdinalIgnoreCase))
                {
                    password = value;
                }
            }

            return new LoginRequest(username, password);
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or ArgumentException)
        {
            return Empty;
        }
    }
}

/// <summary>Binds <see cref="LoginRequest"/> from the raw body; binding never fails, validation decides.</summary>
public sealed class LoginRequestBinder : IModelBinder
{
    public async Task BindModelAsync(ModelBindingContext bindingContext)
    {
        var request = bindingContext.HttpContext.Request;
        var model = LoginRequest.Empty;
        if (IsJson(request.ContentType))
        {
            var body = await RequestBody.ReadAsync(request, LoginRequest.MaxBodyBytes, bindingContext.HttpContext.RequestAborted);
            model = LoginRequest.FromJson(body);
        }

        bindingContext.Result = ModelBindingResult.Success(model);
        // LoginRequestValidator checks it explicitly (ADR-002); MVC's own validation walk over it would find nothing.
        bindingContext.ValidationState[model] = new ValidationStateEntry { SuppressValidation = true };
    }

    private static bool IsJson(string? contentType) =>
        contentType is not null
        && Microsoft.Net.Http.Headers.MediaTypeHeaderValue.TryParse(contentType, out var media)
        && (media.MediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase)
            || media.Suffix.Equals("json", StringComparison.OrdinalIgnoreCase));
}
