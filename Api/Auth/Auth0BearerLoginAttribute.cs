namespace CoreApi.Auth;

/// <summary>Marks an action that also accepts an Auth0 access token as an optional bearer credential (for the OpenAPI document).</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class Auth0BearerLoginAttribute : Attribute;
