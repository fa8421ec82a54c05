using CoreApi.Hosting;
using FluentValidation;

namespace CoreApi.Settings;

/// <summary>
/// Validates a submitted configuration with the start-up rules (each message names its field), so a config that
/// would not start — or would lock everyone out, as auth without any credential would — is never stored.
/// </summary>
public sealed class ConfigValidator : AbstractValidator<CoreOptions>
{
    public ConfigValidator()
    {
        RuleFor(options => options).Custom((options, context) =>
        {
            var result = new CoreOptionsValidator().Validate(null, options);
            foreach (var failure in result.Failures ?? [])
            {
                context.AddFailure(failure);
            }
        });
    }
}
