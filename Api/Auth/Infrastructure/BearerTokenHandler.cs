using Microsoft.IdentityModel.Tokens;

namespace CoreApi.Auth;

/// <summary>
/// The token handler of one JwtBearer scheme (<c>JwtBearerOptions.TokenHandlers</c>, the framework's extension point for
/// how a token is validated): hands the token to <see cref="LocalTokenValidator"/> for <paramref name="use"/> and
/// answers with the identity of the verified token, or with the reason it was refused.
/// </summary>
public sealed class BearerTokenHandler(LocalTokenValidator validator, TokenUse use) : TokenHandler
{
    public override async Task<TokenValidationResult> ValidateTokenAsync(string token, TokenValidationParameters validationParameters)
    {
        var check = await validator.CheckAsync(token, use);
        return check.Token is { } verified
            ? new TokenValidationResult { IsValid = true, SecurityToken = verified.Token, ClaimsIdentity = new TokenIdentity(verified.ToValidated(), verified.Claims.UseFor!) }
            : new TokenValidationResult { IsValid = false, Exception = TokenRefusedException.For(check.Failure!) };
    }
}
