using CoreApi.Application;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;

namespace CoreApi.Extensions;

/// <summary>
/// The framework's policy evaluator, with the default policy (every protected endpoint) decided directly: the stock
/// path builds an <see cref="AuthorizationHandlerContext"/>, enumerates every registered handler and awaits each, per
/// request, to reach the same one decision. The outcome is the framework's: granted → success, refused → 403 for an
/// authenticated user and 401 (a challenge) for an anonymous one. Any other policy (the refresh policy) goes the stock way.
/// </summary>
public sealed partial class ApiPolicyEvaluator(PolicyEvaluator framework, ApiAccess access, ILogger<ApiPolicyEvaluator> logger) : IPolicyEvaluator
{
    private static readonly Task<PolicyAuthorizationResult> Success = Task.FromResult(PolicyAuthorizationResult.Success());
    private static readonly Task<PolicyAuthorizationResult> Challenge = Task.FromResult(PolicyAuthorizationResult.Challenge());
    private static readonly Task<PolicyAuthorizationResult> Forbid = Task.FromResult(PolicyAuthorizationResult.Forbid());

    public Task<AuthenticateResult> AuthenticateAsync(AuthorizationPolicy policy, HttpContext context) => framework.AuthenticateAsync(policy, context);

    public Task<PolicyAuthorizationResult> AuthorizeAsync(
        AuthorizationPolicy policy, AuthenticateResult authenticationResult, HttpContext context, object? resource)
    {
        if (policy.Requirements is not [ApiAccessRequirement] || policy.AuthenticationSchemes.Count > 0)
        {
            return framework.AuthorizeAsync(policy, authenticationResult, context, resource);
        }

        var decision = ApiAccessRequirement.Decide(access, context, context.User);
        if (decision == AccessDecision.Granted)
        {
            return Success;
        }

        LogRefused(logger, decision, context.Request.Method, context.Request.Path);
        return authenticationResult.Succeeded ? Forbid : Challenge;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Authorization failed ({Decision}) for {Method} {Path}")]
    private static partial void LogRefused(ILogger logger, AccessDecision decision, string method, PathString path);
}
