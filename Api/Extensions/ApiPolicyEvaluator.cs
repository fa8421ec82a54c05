using CoreApi.Application;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;
using Microsoft.AspNetCore.Authorization.Policy;

namespace CoreApi.Extensions;

/// <summary>
/// The framework's policy evaluator, with our two policies decided directly. For each protected request the stock
/// path builds an <see cref="AuthorizationHandlerContext"/>, enumerates every registered handler and awaits each, to
/// reach one decision; for the refresh policy it also authenticates its scheme again (from the request's cache) and
/// copies the principal into a new one. The outcome is the framework's: granted → success, refused → 403 for an
/// authenticated user and 401 (a challenge) for an anonymous one. Any other policy goes the stock way.
/// </summary>
public sealed partial class ApiPolicyEvaluator(PolicyEvaluator framework, ApiAccess access, ILogger<ApiPolicyEvaluator> logger) : IPolicyEvaluator
{
    private static readonly Task<PolicyAuthorizationResult> Success = Task.FromResult(PolicyAuthorizationResult.Success());
    private static readonly Task<PolicyAuthorizationResult> Challenge = Task.FromResult(PolicyAuthorizationResult.Challenge());
    private static readonly Task<PolicyAuthorizationResult> Forbid = Task.FromResult(PolicyAuthorizationResult.Forbid());

    private static readonly Task<AuthenticateResult> NoResult = Task.FromResult(AuthenticateResult.NoResult());

    public Task<AuthenticateResult> AuthenticateAsync(AuthorizationPolicy policy, HttpContext context)
    {
        // The default policy names no scheme: the framework then answers from the user the authentication middleware
        // set, nobody authenticated → no result, which needs neither a state machine nor a new result per request.
        if (policy.AuthenticationSchemes.Count == 0 && context.User.Identity?.IsAuthenticated != true)
        {
            return NoResult;
        }

        // The refresh policy names the refresh scheme, which the authentication middleware has already run for this
        // request (the default scheme forwards to it there): its success is the answer, as the framework would merge it.
        if (policy.AuthenticationSchemes is [var scheme]
            && context.Features.Get<IAuthenticateResultFeature>()?.AuthenticateResult is { Succeeded: true, Ticket: { } ticket } known
            && ticket.AuthenticationScheme == scheme)
        {
            return Task.FromResult(known);
        }

        return framework.AuthenticateAsync(policy, context);
    }

    public Task<PolicyAuthorizationResult> AuthorizeAsync(
        AuthorizationPolicy policy, AuthenticateResult authenticationResult, HttpContext context, object? resource)
    {
        bool granted;
        switch (policy.Requirements)
        {
            case [ApiAccessRequirement]:
                var decision = ApiAccessRequirement.Decide(access, context, context.User);
                granted = decision == AccessDecision.Granted;
                if (!granted)
                {
                    LogRefused(logger, decision, context.Request.Method, context.Request.Path);
                }

                break;
            case [DenyAnonymousAuthorizationRequirement]:
                // The framework's rule for RequireAuthenticatedUser: any authenticated identity.
                granted = context.User.Identities.Any(identity => identity.IsAuthenticated);
                break;
            default:
                return framework.AuthorizeAsync(policy, authenticationResult, context, resource);
        }

        return granted ? Success : authenticationResult.Succeeded ? Forbid : Challenge;
    }

    // Debug, as the framework's own "Authorization failed" sits below the default level of its category: a flood of
    // refused requests must not become a flood of log lines.
    [LoggerMessage(Level = LogLevel.Debug, Message = "Authorization failed ({Decision}) for {Method} {Path}")]
    private static partial void LogRefused(ILogger logger, AccessDecision decision, string method, PathString path);
}
