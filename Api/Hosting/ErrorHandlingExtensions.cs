using CoreApi.Web;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace CoreApi.Hosting;

/// <summary>
/// Every error leaves in the contract's shape: exceptions (413 for oversized bodies, Kestrel's own 4xx),
/// MVC's model-state 400s, and the empty 404/405/415 responses that routing and the framework produce.
/// </summary>
public static class ErrorHandlingExtensions
{
    public static IServiceCollection AddApiErrors(this IServiceCollection services)
    {
        services.AddExceptionHandler<ApiExceptionHandler>();
        services.AddProblemDetails();
        services.Configure<ApiBehaviorOptions>(options => options.InvalidModelStateResponseFactory = context =>
        {
            var details = context.ModelState.Values.SelectMany(entry => entry.Errors).Select(error => error.ErrorMessage).ToArray();
            return new ObjectResult(ApiError.For(StatusCodes.Status400BadRequest, details)) { StatusCode = StatusCodes.Status400BadRequest };
        });
        return services;
    }

    public static WebApplication UseApiErrors(this WebApplication app)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages(context =>
        {
            var response = context.HttpContext.Response;
            return ApiErrorWriter.WriteAsync(response, ApiError.For(response.StatusCode, ApiError.For(response.StatusCode).Message));
        });
        return app;
    }

    private sealed class ApiExceptionHandler(ILogger<ApiExceptionHandler> logger) : IExceptionHandler
    {
        public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
        {
            var error = exception switch
            {
                PayloadTooLargeException tooLarge => ApiError.For(StatusCodes.Status413PayloadTooLarge, tooLarge.Message),
                BadHttpRequestException bad => ApiError.For(bad.StatusCode, bad.Message),
                OperationCanceledException when context.RequestAborted.IsCancellationRequested => null,
                _ => ApiError.For(StatusCodes.Status500InternalServerError, "An unexpected error occurred."),
            };

            if (error is null)
            {
                return true; // the client has gone; nobody is left to answer
            }

            if (error.Code >= 500)
            {
                logger.LogError(exception, "Unhandled error on {Method} {Path}", context.Request.Method, context.Request.Path);
            }

            await ApiErrorWriter.WriteAsync(context.Response, error);
            return true;
        }
    }
}
