using System.Text.Json;
using CoreApi.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace CoreApi.Metadata;

[ApiController]
[Authorize]
[Route("api/v3/metadata")]
[Produces("application/json")]
public sealed class MetadataController(MetadataService metadata) : ControllerBase
{
    /// <summary>Read all global metadata.</summary>
    /// <response code="200">All keys and their values as one JSON object; <c>{}</c> when there are none.</response>
    [HttpGet]
    [ProducesResponseType<Dictionary<string, JsonElement>>(StatusCodes.Status200OK)]
    [ProducesResponseType<ApiError>(StatusCodes.Status401Unauthorized)]
    public JsonAnswer GetAllMetadata() => new(metadata.GetAllAsJson());

    /// <summary>Read the value of one key.</summary>
    /// <param name="key">The key, such as <c>restreamer-ui</c>.</param>
    /// <response code="200">The stored JSON value.</response>
    /// <response code="400">The key is not a valid key.</response>
    /// <response code="404">Nothing is stored under the key.</response>
    [HttpGet("{key}")]
    [ProducesResponseType<JsonElement>(StatusCodes.Status200OK)]
    [ProducesResponseType<ApiError>(StatusCodes.Status400BadRequest)]
    [ProducesResponseType<ApiError>(StatusCodes.Status401Unauthorized)]
    [ProducesResponseType<ApiError>(StatusCodes.Status404NotFound)]
    public IActionResult GetMetadata([FromRoute] string key) => ToActionResult(metadata.Get(key));

    /// <summary>Store a JSON value under a key; <c>null</c> deletes the key.</summary>
    /// <param name="key">The key, such as <c>restreamer-ui</c>.</param>
    /// <param name="value">Any JSON value.</param>
    /// <response code="200">The stored value (<c>null</c> after a delete).</response>
    /// <response code="400">The key is not valid, or the body is not a JSON document.</response>
    /// <response code="413">The value is larger than <c>api.metadata.max_value_bytes</c> (1 MiB by default).</response>
    [HttpPut("{key}")]
    [ProducesResponseType<JsonElement>(StatusCodes.Status200OK)]
    [ProducesResponseType<ApiError>(StatusCodes.Status400BadRequest)]
    [ProducesResponseType<ApiError>(StatusCodes.Status401Unauthorized)]
    [ProducesResponseType<ApiError>(StatusCodes.Status413PayloadTooLarge)]
    public IActionResult PutMetadata([FromRoute] string key, [RawBody(typeof(MetadataValueBinder))] JsonBody value) =>
        ToActionResult(metadata.Put(key, value.Utf8));

    private IActionResult ToActionResult(MetadataResult result) => result switch
    {
        { Value: { } value } => Content(value.Json, JsonBytes.ContentType),
        { Failure: MetadataFailure.NotFound } => ApiResults.Error(new ApiError(StatusCodes.Status404NotFound, "Metadata not found", [result.Detail!])),
        { Failure: MetadataFailure.InvalidJson } => ApiResults.Error(new ApiError(StatusCodes.Status400BadRequest, "Invalid JSON", [result.Detail!])),
        _ => ApiResults.Error(StatusCodes.Status400BadRequest, result.Detail!),
    };
}
