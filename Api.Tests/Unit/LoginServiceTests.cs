using CoreApi.Auth;
using CoreApi.Hosting;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Moq;

namespace CoreApi.Tests.Unit;

[TestClass]
public sealed class LoginServiceTests
{
    private static readonly System.Net.IPAddress Client = System.Net.IPAddress.Parse("192.0.2.10");
    private static readonly AuditLog Audit = new(NullLoggerFactory.Instance);
    private readonly FakeTimeProvider time = new(new DateTimeOffset(2026, 11, 28, 12, 0, 0, TimeSpan.Zero));
    private readonly Mock<IUserDirectory> users = new(MockBehavior.Strict);
    private readonly Mock<ITokenIssuer> issuer = new(MockBehavior.Strict);
    private readonly Mock<IAuth0TokenValidator> auth0 = new(MockBehavior.Strict);
    private readonly CoreOptions options = new() { Api = { Auth = { Username = "admin", Password = "pw", Login = { FailureDelayMs = 5000 } } } };

    private LoginService CreateService()
    {
        issuer.Setup(i => i.Issue(It.IsAny<TokenClaims>())).Returns((TokenClaims claims) => new IssuedToken("jwt-" + claims.Use, claims));
        var monitor = Mock.Of<IOptionsMonitor<CoreOptions>>(m => m.CurrentValue == options);
        return new LoginService(users.Object, auth0.Object, issuer.Object, new LoginThrottle(monitor, time), Audit, new LoginRefusalLog(Audit, Mock.Of<IUserDirectory>(), time, monitor), new LoginCredentialsValidator(), time, monitor);
    }

    [TestMethod]
    public async Task ValidCredentialsGetAPairIssuedNow()
    {
        users.Setup(u => u.Verify("admin", "pw")).Returns(true);

        var result = await CreateService().LoginAsync(new LoginCredentials("admin", "pw"), Client, CancellationToken.None);

        Assert.IsNotNull(result.Tokens);
        Assert.AreEqual("jwt-Access", result.Tokens.Access.Jwt);
        Assert.AreEqual("jwt-Refresh", result.Tokens.Refresh.Jwt);
        Assert.AreEqual(time.GetUtcNow().ToUnixTimeSeconds(), result.Tokens.Access.Claims.IssuedAt);
        Assert.AreEqual("admin", result.Tokens.Refresh.Claims.Subject);
    }

    [TestMethod]
    public async Task InvalidCredentialsAnswerOnlyAfterTheDelay()
    {
        users.Setup(u => u.Verify("admin", "wrong")).Returns(false);

        var login = CreateService().LoginAsync(new LoginCredentials("admin", "wrong"), Client, CancellationToken.None);
        time.Advance(TimeSpan.FromMilliseconds(4999));
        Assert.IsFalse(login.IsCompleted);
        time.Advance(TimeSpan.FromMilliseconds(1));

        var result = await login;
        Assert.AreEqual(LoginFailure.InvalidCredentials, result.Failure);
        issuer.Verify(i => i.Issue(It.IsAny<TokenClaims>()), Times.Never);
    }

    [TestMethod]
    public async Task MissingCredentialsAreRejectedAfterTheSameDelay()
    {
        var rejection = CreateService().RejectAsync(LoginFailure.MissingCredentials, CancellationToken.None);
        Assert.IsFalse(rejection.IsCompleted);

        time.Advance(TimeSpan.FromSeconds(5));

        Assert.AreEqual(LoginFailure.MissingCredentials, (await rejection).Failure);
    }

    [TestMethod]
    public async Task ADelayOfZeroAnswersAtOnce()
    {
        options.Api.Auth.Login.FailureDelayMs = 0;
        users.Setup(u => u.Verify(It.IsAny<string>(), It.IsAny<string>())).Returns(false);

        var login = CreateService().LoginAsync(new LoginCredentials("admin", "wrong"), Client, CancellationToken.None);

        Assert.IsTrue(login.IsCompleted);
        Assert.AreEqual(LoginFailure.InvalidCredentials, (await login).Failure);
    }

    [TestMethod]
    public async Task AClientThatGoesAwayEndsTheWait()
    {
        users.Setup(u => u.Verify(It.IsAny<string>(), It.IsAny<string>())).Returns(false);
        using var gone = new CancellationTokenSource();

        var login = CreateService().LoginAsync(new LoginCredentials("admin", "wrong"), Client, gone.Token);
        await gone.CancelAsync();

        await Assert.ThrowsAsync<OperationCanceledException>(() => login);
    }

    [TestMethod]
    public async Task NothingLogsInWhileAuthenticationIsDisabled()
    {
        options.Api.Auth.Enable = false;

        var result = await CreateService().LoginAsync(new LoginCredentials("admin", "pw"), Client, CancellationToken.None);

        Assert.AreEqual(LoginFailure.AuthenticationDisabled, result.Failure);
    }

    [TestMethod]
    public async Task AnAcceptedAuth0TokenGetsAPairForTheAuth0Subject()
    {
        options.Api.Auth.Auth0.Enable = true;
        auth0.Setup(a => a.ValidateAsync("auth0-token", It.IsAny<CancellationToken>())).ReturnsAsync(Auth0Validation.Accepted("auth0|42"));

        var result = await CreateService().LoginAsync(new LoginCredentials(null, null, "auth0-token"), Client, CancellationToken.None);

        Assert.AreEqual("auth0|42", result.Tokens!.Access.Claims.Subject);
    }

    [TestMethod]
    public async Task ARefusedAuth0TokenAnswersAfterTheDelayWithTheReason()
    {
        options.Api.Auth.Auth0.Enable = true;
        auth0.Setup(a => a.ValidateAsync("bad", It.IsAny<CancellationToken>())).ReturnsAsync(Auth0Validation.Refused("the token has expired"));

        var login = CreateService().LoginAsync(new LoginCredentials(null, null, "bad"), Client, CancellationToken.None);
        Assert.IsFalse(login.IsCompleted);
        time.Advance(TimeSpan.FromSeconds(5));

        var result = await login;
        Assert.AreEqual(LoginFailure.InvalidAuth0Token, result.Failure);
        Assert.AreEqual("the token has expired", result.Reason);
    }

    [TestMethod]
    public async Task WithoutAuth0ABearerTokenIsNoCredentialAndIsNeverValidated()
    {
        options.Api.Auth.Login.FailureDelayMs = 0;

        var result = await CreateService().LoginAsync(new LoginCredentials(null, null, "token"), Client, CancellationToken.None);

        Assert.AreEqual(LoginFailure.MissingCredentials, result.Failure);
        auth0.VerifyNoOtherCalls();
    }

    [TestMethod]
    public async Task AfterTheLimitOfFailuresTheNextAttemptIsThrottledAtOnceEvenWithTheRightPassword()
    {
        options.Api.Auth.Login = new LoginOptions { FailureDelayMs = 0, MaxFailuresPerUser = 3, MaxFailuresPerAddress = 100, FailureWindowSeconds = 60, BackoffBaseSeconds = 2 };
        users.Setup(u => u.Verify("admin", "wrong")).Returns(false);
        users.Setup(u => u.Verify("admin", "pw")).Returns(true);
        var service = CreateService();
        for (var i = 0; i < 3; i++)
        {
            Assert.AreEqual(LoginFailure.InvalidCredentials, (await service.LoginAsync(new LoginCredentials("admin", "wrong"), Client, CancellationToken.None)).Failure);
        }

        var throttled = await service.LoginAsync(new LoginCredentials("admin", "pw"), Client, CancellationToken.None);

        Assert.AreEqual(LoginFailure.Throttled, throttled.Failure);
        Assert.AreEqual(2, throttled.RetryAfterSeconds);
        time.Advance(TimeSpan.FromSeconds(2));
        Assert.IsNotNull((await service.LoginAsync(new LoginCredentials("admin", "pw"), Client, CancellationToken.None)).Tokens);
    }
}
