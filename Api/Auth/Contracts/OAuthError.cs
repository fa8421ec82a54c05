using System.Text.Json.Serialization;
using CoreApi.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace CoreApi.Auth;

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
