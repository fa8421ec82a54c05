using System.Reflection;
using CoreApi.Auth;
using CoreApi.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace CoreApi.Hosting;

public static class SwaggerExtensions
{
    public const string DocumentName = "v3";
    public const string BearerSchemeId = "Bearer";
    public const string PasswordSchemeId = "Login";
    public const string Auth0SchemeId = "Auth0";
    public const string TokenUrl = "/api/login/token";
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
                Description = "The datarhei Core v3 HTTP API. Click **Authorize** and log in with user name and password, or "
                    + "log in at `POST /api/login` and send the access token as `Authorization: Bearer <token>` to every `/api/v3/` call.",
            });
            options.AddSecurityDefinition(BearerSchemeId, new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.Http,
                Scheme = "bearer",
                BearerFormat = "JWT",
                Description = "An access_token got elsewhere, e.g. from POST /api/login (paste the token only; the 'Bearer ' prefix is added).",
            });
            options.AddSecurityDefinition(Auth0SchemeId, new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.Http,
                Scheme = "bearer",
                BearerFormat = "JWT",
                Description = "An Auth0 access token, for POST /api/login only (when Auth0 login is enabled).",
            });
            options.AddSecurityDefinition(PasswordSchemeId, new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.OAuth2,
                Description = "Log in with user name and password; Swagger UI then sends the access token with every call.",
                Flows = new OpenApiOAuthFlows
                {
                    Password = new OpenApiOAuthFlow { TokenUrl = new Uri(TokenUrl, UriKind.Relative), Scopes = new Dictionary<string, string>() },
                },
            });
            // Non-nullable properties are required and not nullable, so generated clients get precise types.
            options.SupportNonNullableReferenceTypes();
            options.NonNullableReferenceTypesAsRequired();
            options.OperationFilter<AuthorizeOperationFilter>();
            options.OperationFilter<UrlEncodedFormFilter>();
            options.OperationFilter<JsonRequestBodyFilter>();
            options.OperationFilter<BinaryRequestBodyFilter>();
            options.SchemaFilter<ExamplesSchemaFilter>();
            options.MapType<JsonBody>(() => new OpenApiSchema { Description = "Any JSON value." });
            // Stable ids from the action names, which are unique: generated clients name their methods after them.
            options.CustomOperationIds(api => api.ActionDescriptor.RouteValues["action"] is { } action
                ? char.ToLowerInvariant(action[0]) + action[1..]
                : null);
            options.IncludeXmlComments(Path.Combine(AppContext.BaseDirectory, $"{Assembly.GetExecutingAssembly().GetName().Name}.xml"));
        });
        return services;
    }

    public static WebApplication UseApiDocumentation(this WebApplication app)
    {
        // Only requests under /api/swagger pass the two middlewares: the UI's matches a regular expression against
        // every path, a cost every API request would otherwise pay.
        app.UseWhen(context => context.Request.Path.StartsWithSegments("/api/swagger"), swagger =>
        {
            swagger.UseSwagger(options => options.RouteTemplate = "api/swagger/{documentName}/swagger.json");
            swagger.UseSwaggerUI(options =>
            {
                options.RoutePrefix = "api/swagger";
                options.SwaggerEndpoint(DocumentPath, "Core API v3");
                options.DocumentTitle = "Core API";
            });
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
            if (metadata.OfType<Auth0BearerLoginAttribute>().Any())
            {
                // An empty requirement first: the token is optional, and generated clients must not demand it.
                operation.Security = [new OpenApiSecurityRequirement(), new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(Auth0SchemeId, context.Document)] = [] }];
                return;
            }

            if (!metadata.OfType<IAuthorizeData>().Any() || metadata.OfType<IAllowAnonymous>().Any())
            {
                return;
            }

            // Two requirements are alternatives (OpenAPI 3.0 §4.8.10): either way of logging in opens the operation.
            operation.Security ??= [];
            operation.Security.Add(new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(PasswordSchemeId, context.Document)] = [] });
            operation.Security.Add(new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(BearerSchemeId, context.Document)] = [] });
        }
    }

    /// <summary>
    /// Form bodies here are <c>application/x-www-form-urlencoded</c> (RFC 6749 §4.3.2); Swashbuckle describes every
    /// form as multipart, which generated clients would then send and the token endpoint would not read.
    /// </summary>
    private sealed class UrlEncodedFormFilter : IOperationFilter
    {
        private const string Multipart = "multipart/form-data";

        public void Apply(OpenApiOperation operation, OperationFilterContext context)
        {
            if (operation.RequestBody?.Content is not { } content || !content.Remove(Multipart, out var form))
            {
                return;
            }

            // A named schema instead of an inline one, so generated clients get a type named after the request.
            var formType = context.MethodInfo.GetParameters().Select(p => p.ParameterType).First(t => t.Namespace == typeof(LoginRequest).Namespace);
            if (form.Schema is OpenApiSchema schema && !context.SchemaRepository.Schemas.ContainsKey(formType.Name))
            {
                context.SchemaRepository.AddDefinition(formType.Name, schema);
            }

            content["application/x-www-form-urlencoded"] = new OpenApiMediaType
            {
                Schema = new OpenApiSchemaReference(formType.Name, context.Document),
                Encoding = form.Encoding,
            };
        }
    }

    /// <summary>The JSON body an action reads itself (<see cref="JsonRequestBodyAttribute"/>), described as a bound one would be.</summary>
    private sealed class JsonRequestBodyFilter : IOperationFilter
    {
        public void Apply(OpenApiOperation operation, OperationFilterContext context)
        {
            if (context.MethodInfo.GetCustomAttribute<JsonRequestBodyAttribute>() is not { } body)
            {
                return;
            }

            var schema = context.SchemaGenerator.GenerateSchema(body.BodyType, context.SchemaRepository);
            operation.RequestBody = new OpenApiRequestBody
            {
                Content = JsonRequestBodyAttribute.MediaTypes.ToDictionary(type => type, IOpenApiMediaType (_) => new OpenApiMediaType { Schema = schema }),
            };
        }
    }

    /// <summary>A file's content as the body (<see cref="BinaryRequestBodyAttribute"/>): any bytes, so that Swagger UI offers a file upload.</summary>
    private sealed class BinaryRequestBodyFilter : IOperationFilter
    {
        public void Apply(OpenApiOperation operation, OperationFilterContext context)
        {
            if (context.MethodInfo.GetCustomAttribute<BinaryRequestBodyAttribute>() is null)
            {
                return;
            }

            operation.RequestBody = new OpenApiRequestBody
            {
                Required = true,
                Content = new Dictionary<string, IOpenApiMediaType>
                {
                    ["application/octet-stream"] = new OpenApiMediaType { Schema = new OpenApiSchema { Type = JsonSchemaType.String, Format = "binary" } },
                },
            };
        }
    }

    /// <summary>Examples on the wire types, so Swagger UI's "Try it out" starts from a request that works in Development.</summary>
    private sealed class ExamplesSchemaFilter : ISchemaFilter
    {
        private static readonly Dictionary<Type, string> Examples = new()
        {
            [typeof(LoginRequest)] = """{"username":"admin","password":"dev-password"}""",
            [typeof(LoginResponse)] = """{"access_token":"eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJleGkiOjYwMCwidXNlZm9yIjoiYWNjZXNzIn0.c2ln","refresh_token":"eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJleGkiOjg2NDAwLCJ1c2Vmb3IiOiJyZWZyZXNoIn0.c2ln"}""",
            [typeof(ApiError)] = """{"code":401,"message":"Unauthorized","details":["Missing or invalid JWT token"]}""",
            // Only the config endpoints speak in free-form JSON objects.
            [typeof(System.Text.Json.Nodes.JsonObject)] = """{"created_at":"2026-11-28T12:00:00Z","loaded_at":"2026-11-28T12:00:00Z","updated_at":"2026-11-28T12:00:00Z","config":{"version":3,"id":"36bf4a14-50d8-492a-9aea-244cce0036ef","name":"brisk-prairie-1926","address":":8080","log":{"level":"info","max_lines":1000},"db":{"dir":"./config"},"api":{"read_only":false,"access":{"http":{"allow":[],"block":[]}},"auth":{"enable":true,"disable_localhost":false,"username":"admin","password":"[redacted]","users":[],"jwt":{"secret":"[redacted]"},"auth0":{"enable":false,"tenants":[]}}}},"overrides":["api.auth.password"]}""",
            [typeof(CoreApi.Processes.ProcessConfigDto)] = """{"id":"demo","reference":"channel-1","input":[{"id":"in","address":"testsrc2=size=320x180:rate=10","options":["-re","-f","lavfi"]}],"output":[{"id":"out","address":"-","options":["-c:v","mjpeg","-f","null"]}],"options":["-loglevel","level+info"],"reconnect":true,"reconnect_delay_seconds":5,"autostart":true,"stale_timeout_seconds":10,"limits":{"cpu_usage":0,"memory_mbytes":0,"waitfor_seconds":0}}""",
            [typeof(CoreApi.Processes.ProcessCommandDto)] = """{"command":"start"}""",
            [typeof(CoreApi.Processes.ProcessStateDto)] = """{"order":"start","exec":"running","runtime_seconds":12,"reconnect_seconds":-1,"last_logline":"[info] Press [q] to stop, [?] for help","progress":{"inputs":[],"outputs":[],"frame":120,"packet":0,"fps":10,"q":24.8,"size_kb":0,"time":12,"bitrate_kbit":0,"speed":1,"drop":0,"dup":0},"memory_bytes":54095872,"cpu_usage":0.5,"command":["-loglevel","level+info","-re","-f","lavfi","-i","testsrc2=size=320x180:rate=10","-c:v","mjpeg","-f","null","-"]}""",
            [typeof(CoreApi.Processes.ProbeDto)] = """{"streams":[{"url":"testsrc2=size=320x180:rate=10","format":"lavfi","index":0,"stream":0,"language":"und","type":"video","codec":"rawvideo","coder":"","bitrate_kbps":0,"duration_sec":0,"fps":0,"pix_fmt":"yuv420p","width":320,"height":180,"sampling_hz":0,"layout":"","channels":0}],"log":["Input #0, lavfi, from 'testsrc2=size=320x180:rate=10':","At least one output file must be specified"]}""",
            [typeof(CoreApi.Monitoring.MetricsQueryDto)] = """{"timerange_sec":0,"interval_sec":0,"metrics":[{"name":"cpu_idle"},{"name":"filesystem_usage","labels":{"name":"memfs"}},{"name":"session_active","labels":{"collector":"hls"}}]}""",
            [typeof(CoreApi.Filesystems.FileEntryDto)] = """{"name":"/channel_0001.ts","size_bytes":188000,"last_modified":1796158268}""",
            [typeof(OAuthError)] = """{"error":"invalid_grant","error_description":"Invalid authorization credentials: invalid username or password","code":400,"message":"Bad Request","details":["Invalid authorization credentials: invalid username or password"]}""",
        };

        public void Apply(IOpenApiSchema schema, SchemaFilterContext context)
        {
            if (schema is OpenApiSchema concrete && Examples.TryGetValue(context.Type, out var example))
            {
                concrete.Examples = [System.Text.Json.Nodes.JsonNode.Parse(example)!];
            }
        }
    }
}
