using CoreApi.Auth;
using System.Text.Json.Nodes;
using CoreApi.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace CoreApi.Settings;

[ApiController]
[Authorize]
[AdminOnly]
[Route("api/v3/config")]
[Produces("application/json")]
public sealed class ConfigController(ConfigService config) : ControllerBase
{
    /// <summary>Read the running configuration.</summary>
    /// <remarks>
    /// In datarhei's shape: <c>{created_at, loaded_at, updated_at, config: {version: 3, id, name, address, log, db, api}, overrides}</c>.
    /// Passwords and the JWT secret read <c>[redacted]</c>; <c>overrides</c> lists the settings that environment variables set.
    /// Admins only.
    /// </remarks>
    /// <response code="200">The configuration.</response>
    [HttpGet]
    [ProducesResponseType<JsonObject>(StatusCodes.Status200OK)]
    [ProducesResponseType<ApiError>(StatusCodes.Status401Unauthorized)]
    [ProducesResponseType<ApiError>(StatusCodes.Status403Forbidden)]
    public IActionResult GetConfig() => Ok(config.Get());

    /// <summary>Store a new configuration (applied by <c>GET /api/v3/config/reload</c>).</summary>
    /// <remarks>
    /// Send the <c>config</c> object of <c>GET /api/v3/config</c>, changed. Secrets left at <c>[redacted]</c> keep their stored
    /// values; sections this product does not know are kept. The whole document is validated first: a config that would not
    /// start, or would lock everyone out, is refused with every problem named in <c>details</c>. The file is replaced atomically.
    /// </remarks>
    /// <param name="body">The configuration object.</param>
    /// <response code="200">The stored configuration.</response>
    /// <response code="400">Not JSON, or invalid (<c>details</c> name the fields).</response>
    /// <response code="409">It changes a setting that an environment variable overrides (<c>details</c> name the variable).</response>
    /// <response code="413">The body is larger than 1 MiB.</response>
    [HttpPut]
    [ProducesResponseType<JsonObject>(StatusCodes.Status200OK)]
    [ProducesResponseType<ApiError>(StatusCodes.Status400BadRequest)]
    [ProducesResponseType<ApiError>(StatusCodes.Status401Unauthorized)]
    [ProducesResponseType<ApiError>(StatusCodes.Status403Forbidden)]
    [ProducesResponseType<ApiError>(StatusCodes.Status409Conflict)]
    [ProducesResponseType<ApiError>(StatusCodes.Status413PayloadTooLarge)]
    public IActionResult PutConfig([RawBody(typeof(JsonDocumentBodyBinder))] JsonDocumentBody body) =>
        body.Error is { } error
            ? ApiResults.Error(new ApiError(StatusCodes.Status400BadRequest, "Invalid JSON", [error]))
            : ToActionResult(config.Put(body.Value));

    /// <summary>Apply the stored configuration without a restart.</summary>
    /// <remarks>A new password or JWT secret ends every token signed with the old one; new users can log in at once, removed ones cannot.</remarks>
    /// <response code="200">The configuration now running.</response>
    /// <response code="400">The stored file is not valid; nothing changed.</response>
    [HttpGet("reload")]
    [Mutates]
    [ProducesResponseType<JsonObject>(StatusCodes.Status200OK)]
    [ProducesResponseType<ApiError>(StatusCodes.Status400BadRequest)]
    [ProducesResponseType<ApiError>(StatusCodes.Status401Unauthorized)]
    [ProducesResponseType<ApiError>(StatusCodes.Status403Forbidden)]
    public IActionResult ReloadConfig() => ToActionResult(config.Reload());

    private IActionResult ToActionResult(ConfigResult result) => result switch
    {
        { View: { } view } => Ok(view),
        { Failure: ConfigFailure.InvalidJson } => ApiResults.Error(new ApiError(StatusCodes.Status400BadRequest, "Invalid JSON", result.Details)),
        { Failure: ConfigFailure.Overridden } => ApiResults.Error(new ApiError(StatusCodes.Status409Conflict, "Conflict", result.Details)),
        { Failure: ConfigFailure.NotStored } => ApiResults.Error(new ApiError(StatusCodes.Status500InternalServerError, "Internal Server Error", result.Details)),
        _ => ApiResults.Error(new ApiError(StatusCodes.Status400BadRequest, "Bad Request", result.Details)),
    };
}
