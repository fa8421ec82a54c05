using System.Text.Json.Serialization;

namespace CoreApi.Auth;

/// <summary>
/// Serialisation of the token answers generated at build time: login and refresh answer them on every call, and
/// the generated writer skips the reflection-based metadata. Attributes on the records decide names and nulls.
/// </summary>
[JsonSerializable(typeof(LoginResponse))]
[JsonSerializable(typeof(RefreshResponse))]
public sealed partial class TokenJsonContext : JsonSerializerContext;
