using Microsoft.AspNetCore.WebUtilities;

namespace CoreApi.Web;

/// <summary>The error body of every endpoint: <c>{"code": 401, "message": "Unauthorized", "details": ["..."]}</c>.</summary>
/// <param name="Code">The HTTP status code.</param>
/// <param name="Message">The HTTP reason phrase, or a short summary where datarhei uses one (<c>Metadata not found</c>).</param>
/// <param name="Details">What went wrong, for a person to read.</param>
public sealed record ApiError(int Code, string Message, IReadOnlyList<string> Details)
{
    public static ApiError For(int status, params string[] details) =>
        new(status, ReasonPhrases.GetReasonPhrase(status) is { Length: > 0 } phrase ? phrase : "Error", details);
}
