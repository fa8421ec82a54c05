using Microsoft.Extensions.Configuration;

namespace CoreApi.Hosting;

/// <summary>One Auth0 tenant, as datarhei configures it.</summary>
public sealed class Auth0TenantOptions
{
    /// <summary>The tenant's host name, such as <c>example.eu.auth0.com</c>; the issuer is <c>https://&lt;domain&gt;/</c>.</summary>
    public string Domain { get; set; } = "";

    /// <summary>The API audience the access token must be issued for.</summary>
    public string Audience { get; set; } = "";

    /// <summary>When set, the token's <c>azp</c> must be this client id.</summary>
    [ConfigurationKeyName("clientid")]
    [System.Text.Json.Serialization.JsonPropertyName("clientid")]
    public string ClientId { get; set; } = "";

    /// <summary>The Auth0 subjects (<c>sub</c>) allowed to log in.</summary>
    public List<string> Users { get; set; } = [];
}
