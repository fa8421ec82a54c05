using CoreApi.Web;
using FluentValidation;

namespace CoreApi.Auth;

/// <summary>Both credentials must be present and non-empty; every failure reads as datarhei's "Missing authorization credentials".</summary>
public sealed class LoginRequestValidator : AbstractValidator<LoginRequest>
{
    public LoginRequestValidator()
    {
        RuleFor(request => request.Username).NotEmpty().WithMessage(ErrorDetails.MissingCredentials);
        RuleFor(request => request.Password).NotEmpty().WithMessage(ErrorDetails.MissingCredentials);
    }
}
