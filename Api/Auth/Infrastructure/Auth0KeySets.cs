using System.Collections.Concurrent;
using CoreApi.Hosting;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Tokens;

namespace CoreApi.Auth;

/// <summary>
/// The signing keys of each tenant, from <c>&lt;issuer&gt;.well-known/jwks.json</c>, through IdentityModel's
/// configuration manager: fetched on first use (so the server starts while a tenant is unreachable), cached,
/// refreshed every <c>jwks_refresh_interval_seconds</c>, and refetched on an unknown <c>kid</c> at most once
/// per <c>jwks_refresh_floor_seconds</c>.
/// </summary>
public sealed class Auth0KeySets(IHttpClientFactory httpClients, IOptionsMonitor<CoreOptions> options)
{
    public const string HttpClientName = "auth0-jwks";

    private readonly ConcurrentDictionary<string, ConfigurationManager<JsonWebKeySet>> managers = new(StringComparer.Ordinal);

    public Task<JsonWebKeySet> GetAsync(string issuer, CancellationToken cancellationToken) =>
        Manager(issuer).GetConfigurationAsync(cancellationToken);

    public void RequestRefresh(string issuer) => Manager(issuer).RequestRefresh();

    private ConfigurationManager<JsonWebKeySet> Manager(string issuer) => managers.GetOrAdd(issuer, Create);

    private ConfigurationManager<JsonWebKeySet> Create(string issuer)
    {
        var auth0 = options.CurrentValue.Api.Auth.Auth0;
        var documents = new HttpDocumentRetriever(httpClients.CreateClient(HttpClientName))
        {
            RequireHttps = issuer.StartsWith("https://", StringComparison.Ordinal),
        };
        return new ConfigurationManager<JsonWebKeySet>(Auth0Domain.JwksAddress(issuer), new JwksRetriever(), documents)
        {
            AutomaticRefreshInterval = TimeSpan.FromSeconds(auth0.JwksRefreshIntervalSeconds),
            RefreshInterval = TimeSpan.FromSeconds(auth0.JwksRefreshFloorSeconds),
        };
    }

    private sealed class JwksRetriever : IConfigurationRetriever<JsonWebKeySet>
    {
        public async Task<JsonWebKeySet> GetConfigurationAsync(string address, IDocumentRetriever retriever, CancellationToken cancel) =>
            new(await retriever.GetDocumentAsync(address, cancel));
    }
}
