using System.Text.Json.Serialization;
using CoreApi.Auth;
using FluentValidation;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace CoreApi.Hosting;

public static class ControllerExtensions
{
    /// <summary>The MVC controllers of every capability, and the validators they call.</summary>
    public static IServiceCollection AddApiControllers(this IServiceCollection services)
    {
        // Validators are called explicitly by the controllers; FluentValidation's MVC auto-validation is
        // deprecated by its maintainer and would answer with ProblemDetails (docs/decisions/ADR-002).
        services.AddValidatorsFromAssemblyContaining<LoginCredentialsValidator>(ServiceLifetime.Singleton);

        services.AddControllers(options =>
            {
                // Bodies are read by our own binders. MVC's form and jQuery value providers parse every form
                // body and jQuery-style key up front, and throw (500) on keys such as "[1,2" before any action runs.
                options.ValueProviderFactories.RemoveType<FormValueProviderFactory>();
                options.ValueProviderFactories.RemoveType<FormFileValueProviderFactory>();
                options.ValueProviderFactories.RemoveType<JQueryFormValueProviderFactory>();
                options.ValueProviderFactories.RemoveType<JQueryQueryStringValueProviderFactory>();
            })
            .AddJsonOptions(options => options.JsonSerializerOptions.DefaultIgnoreCondition = JsonIgnoreCondition.Never);
        return services;
    }
}
