using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;

namespace CoreApi.Extensions;

/// <summary>
/// What the authorization middleware does with a decision, as the framework does it, with one shortcut: a request
/// refused under the default policy gets its 401 / 403 written here. The framework would reach the same writer
/// through the authentication service, the default scheme's handler (resolving its forwarding again) and a JwtBearer
/// event object: about a fifth of what answering a forged token costs. Policies naming schemes (refresh) and every
/// other outcome go the framework's way. The scheme's "was challenged" line is not written: that category logs below
/// the default level (AuthenticationExtensions), and <see cref="ApiPolicyEvaluator"/> logs the refusal at Debug.
/// </summary>
public sealed class ApiAuthorizationResultHandler(AuthorizationMiddlewareResultHandler framework) : IAuthorizationMiddlewareResultHandler
{
    public Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult authorizeResult)
    {
        if (policy.AuthenticationSchemes.Count == 0)
        {
            if (authorizeResult.Challenged)
            {
                return BearerRefusal.ChallengeAsync(context);
            }

            if (authorizeResult.Forbidden)
            {
                return BearerRefusal.ForbidAsync(context);
            }
        }

        return framework.HandleAsync(next, context, policy, authorizeResult);
    }
}
