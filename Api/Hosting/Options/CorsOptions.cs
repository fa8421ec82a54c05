using Microsoft.Extensions.Configuration;

namespace CoreApi.Hosting;

public sealed class CorsOptions
{
    /// <summary>
    /// Origins that browsers may call the API from; <c>*</c> (and an empty list, the default) for any.
    /// Credentials (cookies) are never allowed. (No default in the list itself: binding would append to it.)
    /// </summary>
    public List<string> Origins { get; set; } = [];

    [System.Text.Json.Serialization.JsonIgnore]
    public IReadOnlyList<string> EffectiveOrigins => Origins.Count == 0 ? ["*"] : Origins;
}
