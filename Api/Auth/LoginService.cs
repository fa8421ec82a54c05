using System.Net;
using CoreApi.Hosting;
using FluentValidation;
using Microsoft.Extensions.Options;

namespace CoreApi.Auth;

/// <summary>Exchanges credentials for a token pair, as <c>POST /api/login</c> does; every login path goes through here.</summary>
public sealed class LoginService(
    IUserDirectory users,
    IAuth0TokenValidator auth0,
    ITokenIssuer issuer,
    LoginThrottle throttle,
    AuditLog audit,
    LoginRefusalLog refusals,
    IValidator<LoginCredentials> passwordLogin,
    TimeProvider time,
    IOptionsMonitor<CoreOptions> options)
{
    /// <summary>
    /// The login of <c>POST /api/login</c> and the password grant: a user name and password in the body win; without
    /// them a bearer token is an Auth0 login; with neither, the credentials are missing.
    /// </summary>
    public Task<LoginResult> LoginAsync(LoginCredentials credentials, IPAddress? client, CancellationToken cancellationToken) =>
        passwordLogin.Validate(credentials).IsValid ? PasswordLoginAsync(credentials.Username!, credentials.Password!, client, cancellationToken)
        : credentials.BearerToken is { } token ? Auth0LoginAsync(token, client, cancellationToken)
        : RejectAsync(LoginFailure.MissingCredentials, cancellationToken);

    private async Task<LoginResult> PasswordLoginAsync(string username, string password, IPAddress? client, CancellationToken cancellationToken)
    {
        if (!options.CurrentValue.Api.Auth.Enable)
        {
            return LoginResult.Failed(LoginFailure.AuthenticationDisabled);
        }

        if (Throttled(username, "password", client) is { } throttled)
        {
            return throttled;
        }

        if (!users.Verify(username, password))
        {
            throttle.RecordFailure(username, client);
            refusals.Record(LoginRefusal.Failed, username, "password", client, "invalid user name or password");
            return await RejectAsync(LoginFailure.InvalidCredentials, cancellationToken);
        }

        throttle.RecordSuccess(username, client);
        audit.LoginSucceeded(username, "password", client);
        return LoginResult.Success(IssuePair(username));
    }

    /// <summary>
    /// Exchanges an Auth0 access token for a local pair whose <c>sub</c> is the Auth0 subject. Without Auth0
    /// enabled a bearer token is no credential at all.
    /// </summary>
    private async Task<LoginResult> Auth0LoginAsync(string token, IPAddress? client, CancellationToken cancellationToken)
    {
        var auth = options.CurrentValue.Api.Auth;
        if (!auth.Enable || !auth.Auth0.Enable)
        {
            return await RejectAsync(LoginFailure.MissingCredentials, cancellationToken);
        }

        if (Throttled(null, "auth0", client) is { } throttled)
        {
            return throttled;
        }

        var validation = await auth0.ValidateAsync(token, cancellationToken);
        if (validation.Subject is not { } subject)
        {
            throttle.RecordFailure(null, client);
            refusals.Record(LoginRefusal.Failed, null, "auth0", client, validation.Failure ?? "invalid token");
            await RejectAsync(LoginFailure.InvalidAuth0Token, cancellationToken);
            return LoginResult.Failed(LoginFailure.InvalidAuth0Token, validation.Failure);
        }

        audit.LoginSucceeded(subject, "auth0", client);
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

    // A throttled attempt is answered at once: holding the connection open would only tie up our sockets.
    private LoginResult? Throttled(string? username, string method, IPAddress? client)
    {
        if (throttle.RetryAfter(username, client) is not { } wait)
        {
            return null;
        }

        var result = LoginResult.Throttled(wait);
        refusals.Record(LoginRefusal.Throttled, username, method, client, $"retry after {result.RetryAfterSeconds} s");
        return result;
    }

    private TokenPair IssuePair(string subject)
    {
        var now = time.GetUtcNow();
        return new TokenPair(
            issuer.Issue(TokenClaims.Issue(subject, TokenUse.Access, now)),
            issuer.Issue(TokenClaims.Issue(subject, TokenUse.Refresh, now)));
    }
}
