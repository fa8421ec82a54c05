using System.Reflection;
using CoreApi.Contracts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace CoreApi.Extensions;

public static class SwaggerExtensions
{
    public const string DocumentName = "v3";
    public const string BearerSchemeId = "Bearer";
    public const string UiPath = "/api/swagger/index.html";
    public const string DocumentPath = "/api/swagger/" + DocumentName + "/swagger.json";

    public static IServiceCollection AddApiDocumentation(this IServiceCollection services)
    {
        services.AddEndpointsApiExplorer();
        services.AddSwaggerGen(options =>
        {
            options.SwaggerDoc(DocumentName, new OpenApiInfo
            {
                Title = "Core API",
                Version = "3",
                Description = "The datarhei Core v3 HTTP API. Log in at POST /api/login, then send the access token as "
                    + "'Authorization: Bearer <token>' (the Authorize button) to every /api/v3/ call.",
            });
            options.AddSecurityDefinition(BearerSchemeId, new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.Http,
                Scheme = "bearer",
                BearerFormat = "JWT",
                Description = "The access_token of POST /api/login (paste the token only; the 'Bearer ' prefix is added).",
            });
            options.OperationFilter<AuthorizeOperationFilter>();
            options.MapType<JsonBody>(() => new OpenApiSchema { Description = "Any JSON value." });
            options.CustomOperationIds(api => api.ActionDescriptor.RouteValues["action"] is { } action
                ? char.ToLowerInvariant(action[0]) + action[1..] + (api.ActionDescriptor.RouteValues["controller"] is "Metadata" ? "Metadata" : "")
                : null);
            options.IncludeXmlComments(Path.Combine(AppContext.BaseDirectory, $"{Assembly.GetExecutingAssembly().GetName().Name}.xml"));
        });
        return services;
    }

    public static WebApplication UseApiDocumentation(this WebApplication app)
    {
        app.UseSwagger(options => options.RouteTemplate = "api/swagger/{documentName}/swagger.json");
        app.UseSwaggerUI(options =>
        {
            options.RoutePrefix = "api/swagger";
            options.SwaggerEndpoint(DocumentPath, "Core API v3");
            options.DocumentTitle = "Core API";
        });

        app.Lifetime.ApplicationStarted.Register(() =>
        {
            var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
            foreach (var address in addresses)
            {
                app.Logger.LogInformation("Swagger UI: {Url}", address.Replace("0.0.0.0", "localhost").Replace("[::]", "localhost") + UiPath);
            }
        });
        return app;
    }

    /// <summary>Adds the bearer requirement (the padlock) to operations that need an access token, and to no other.</summary>
    private sealed class AuthorizeOperationFilter : IOperationFilter
    {
        public void Apply(OpenApiOperation operation, OperationFilterContext context)
        {
            var metadata = context.ApiDescription.ActionDescriptor.EndpointMetadata;
            if (!metadata.OfType<IAuthorizeData>().Any() || metadata.OfType<IAllowAnonymous>().Any())
            {
                return;
            }

            operation.Security ??= [];
            operation.Security.Add(new OpenApiSecurityRequirement
            {
                [new OpenApiSecuritySchemeReference(BearerSchemeId, context.Document)] = [],
            });
        }
    }
}
