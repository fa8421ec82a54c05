using CoreApi.Configuration;
using CoreApi.Domain;
using Microsoft.Extensions.Options;

namespace CoreApi.Application;

/// <summary>Exchanges credentials for a token pair, as <c>POST /api/login</c> does.</summary>
public sealed class LoginService(
    IUserDirectory users,
    IAuth0TokenValidator auth0,
    ITokenIssuer issuer,
    TimeProvider time,
    IOptionsMonitor<CoreOptions> options,
    ILogger<LoginService> logger)
{
    public async Task<LoginResult> LoginAsync(string username, string password, CancellationToken cancellationToken)
    {
        if (!options.CurrentValue.Api.Auth.Enable)
        {
            return LoginResult.Failed(LoginFailure.AuthenticationDisabled);
        }

        if (!users.Verify(username, password))
        {
            logger.LogWarning("Login failed: invalid credentials");
            return await RejectAsync(LoginFailure.InvalidCredentials, cancellationToken);
        }

        logger.LogInformation("Login succeeded for {Subject}", username);
        return LoginResult.Success(IssuePair(username));
    }

    /// <summary>
    /// Exchanges an Auth0 access token for a local pair whose <c>sub</c> is the Auth0 subject. Without Auth0
    /// enabled a bearer token is no credential at all.
    /// </summary>
    public async Task<LoginResult> LoginWithAuth0Async(string token, CancellationToken cancellationToken)
    {
        var auth = options.CurrentValue.Api.Auth;
        if (!auth.Enable || !auth.Auth0.Enable)
        {
            return await RejectAsync(LoginFailure.MissingCredentials, cancellationToken);
        }

        var validation = await auth0.ValidateAsync(token, cancellationToken);
        if (validation.Subject is not { } subject)
        {
            logger.LogWarning("Auth0 login failed: {Reason}", validation.Failure);
            await RejectAsync(LoginFailure.InvalidAuth0Token, cancellationToken);
            return LoginResult.Failed(LoginFailure.InvalidAuth0Token, validation.Failure);
        }

        logger.LogInformation("Auth0 login succeeded for {Subject}", subject);
        return LoginResult.Success(IssuePair(subject));
    }

    /// <summary>
    /// Answers a failed login after the configured delay (datarhei: 5 s), so guessing is slow. The wait is a
    /// timer, not a sleeping thread: thousands of failing requests cost no thread-pool threads.
    /// </summary>
    public async Task<LoginResult> RejectAsync(LoginFailure failure, CancellationToken cancellationToken)
    {
        var delay = TimeSpan.FromMilliseconds(options.CurrentValue.Api.Auth.Login.FailureDelayMs);
        if (delay > TimeSpan.Zero)
        {
            await Task.Delay(delay, time, cancellationToken);
        }

        return LoginResult.Failed(failure);
    }

    private TokenPair IssuePair(string subject)
    {
        var now = time.GetUtcNow();
        return new TokenPair(
            issuer.Issue(TokenClaims.Issue(subject, TokenUse.Access, now)),
            issuer.Issue(TokenClaims.Issue(subject, TokenUse.Refresh, now)));
    }
}
