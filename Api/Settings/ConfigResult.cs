using System.Text.Json;
using System.Text.Json.Nodes;
using FluentValidation;
using Microsoft.Extensions.Options;

namespace CoreApi.Settings;

/// <summary>The configuration as the API shows it, or why an update was refused.</summary>
public sealed record ConfigResult(JsonObject? View, ConfigFailure? Failure, IReadOnlyList<string> Details)
{
    public static ConfigResult Failed(ConfigFailure failure, params string[] details) => new(null, failure, details);
}
