using CoreApi.Web;
using FluentValidation;

namespace CoreApi.Auth;

/// <summary>
/// What makes a password login: both credentials present and non-empty (datarhei's rule). Anything less is no
/// password login at all; with no bearer token either, datarhei's "Missing authorization credentials".
/// </summary>
public sealed class LoginCredentialsValidator : AbstractValidator<LoginCredentials>
{
    public LoginCredentialsValidator()
    {
        RuleFor(credentials => credentials.Username).NotEmpty().WithMessage(ErrorDetails.MissingCredentials);
        RuleFor(credentials => credentials.Password).NotEmpty().WithMessage(ErrorDetails.MissingCredentials);
    }
}
