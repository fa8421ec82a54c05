namespace CoreApi.Auth;

/// <summary>What a login presents: a user name and password from the body, and a bearer token from the header.</summary>
/// <param name="Username">The body's <c>username</c>, when it is a string.</param>
/// <param name="Password">The body's <c>password</c>, when it is a string.</param>
/// <param name="BearerToken">The <c>Authorization: Bearer</c> token (an Auth0 access token), when one is sent.</param>
public sealed record LoginCredentials(string? Username, string? Password, string? BearerToken = null);
