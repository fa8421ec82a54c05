using System.Text.Json;
using CoreApi.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace CoreApi.Processes;

/// <summary>The FFmpeg processes (CONTRACT-CORE §3). Reads for every user; writes for admins.</summary>
[ApiController]
[Authorize]
[Route("api/v3/process")]
[Produces("application/json")]
public sealed class ProcessController(ProcessService processes, Metadata.MetadataService metadata) : ControllerBase
{
    private static readonly ApiError UnknownProcess = new(StatusCodes.Status404NotFound, "Unknown process ID", ["unknown process"]);

    /// <summary>List processes.</summary>
    /// <param name="filter">Comma-separated parts to include: <c>config</c>, <c>state</c>, <c>report</c>, <c>metadata</c> (all when empty).</param>
    /// <param name="reference">Only processes with exactly this reference (then <paramref name="id"/> is ignored).</param>
    /// <param name="id">Comma-separated process ids.</param>
    /// <param name="idpattern">Glob on the id (<c>*</c>, <c>?</c>, <c>[a-z]</c>, <c>{a,b}</c>).</param>
    /// <param name="refpattern">Glob on the reference.</param>
    /// <response code="200">The processes (<c>[]</c> when none match).</response>
    [HttpGet]
    [ProducesResponseType<List<ProcessDto>>(StatusCodes.Status200OK)]
    [ProducesResponseType<ApiError>(StatusCodes.Status401Unauthorized)]
    public IActionResult ListProcesses([FromQuery] string? filter, [FromQuery] string? reference, [FromQuery] string? id, [FromQuery] string? idpattern, [FromQuery] string? refpattern) =>
        Json(processes.List(filter, reference, id, idpattern, refpattern), ProcessJson.Wire.IReadOnlyListProcessDto);

    /// <summary>Create a process.</summary>
    /// <remarks>With <c>autostart</c> (the default) FFmpeg is running when this answers.</remarks>
    /// <response code="200">The stored config, ids filled in.</response>
    /// <response code="400">The config is refused (<c>details</c> say why).</response>
    [HttpPost]
    [JsonRequestBody(typeof(ProcessConfigDto))]
    [ProducesResponseType<ProcessConfigDto>(StatusCodes.Status200OK)]
    [ProducesResponseType<ApiError>(StatusCodes.Status400BadRequest)]
    [ProducesResponseType<ApiError>(StatusCodes.Status401Unauthorized)]
    [ProducesResponseType<ApiError>(StatusCodes.Status403Forbidden)]
    [ProducesResponseType<ApiError>(StatusCodes.Status413PayloadTooLarge)]
    public async Task<IActionResult> CreateProcess()
    {
        var (body, invalid) = await JsonRequest.ReadAsync(Request, processes.MaxConfigBytes);
        if (invalid is not null)
        {
            return ApiResults.Error(invalid);
        }

        var (config, error) = await processes.CreateAsync(body);
        return config is not null ? Json(config, ProcessJson.Wire.ProcessConfigDto) : ApiResults.Error(new ApiError(StatusCodes.Status400BadRequest, error!.Message, error.Details));
    }

    /// <summary>Read a process.</summary>
    /// <param name="id">The process id (percent-encoded or not).</param>
    /// <param name="filter">Comma-separated parts to include: <c>config</c>, <c>state</c>, <c>report</c>, <c>metadata</c>.</param>
    [HttpGet("{id}")]
    [ProducesResponseType<ProcessDto>(StatusCodes.Status200OK)]
    [ProducesResponseType<ApiError>(StatusCodes.Status404NotFound)]
    public IActionResult GetProcess([FromRoute] string id, [FromQuery] string? filter) =>
        processes.Get(id, filter) is { } process ? Json(process, ProcessJson.Wire.ProcessDto) : ApiResults.Error(UnknownProcess);

    /// <summary>Replace a process's config.</summary>
    /// <remarks>The body is merged into the current config (absent keys keep their values; a list replaces the list). The order is kept; a running process is restarted.</remarks>
    /// <param name="id">The process id.</param>
    /// <response code="200">The new config.</response>
    /// <response code="400">The config is refused.</response>
    /// <response code="404">No such process.</response>
    [HttpPut("{id}")]
    [JsonRequestBody(typeof(ProcessConfigDto))]
    [ProducesResponseType<ProcessConfigDto>(StatusCodes.Status200OK)]
    [ProducesResponseType<ApiError>(StatusCodes.Status400BadRequest)]
    [ProducesResponseType<ApiError>(StatusCodes.Status404NotFound)]
    public async Task<IActionResult> UpdateProcess([FromRoute] string id)
    {
        if (!processes.HasProcess(id))
        {
            return ApiResults.Error(new ApiError(StatusCodes.Status404NotFound, "Process not found", [id]));
        }

        var (body, invalid) = await JsonRequest.ReadAsync(Request, processes.MaxConfigBytes);
        if (invalid is not null)
        {
            return ApiResults.Error(invalid);
        }

        var (config, error) = await processes.UpdateAsync(id, body);
        return config is not null ? Json(config, ProcessJson.Wire.ProcessConfigDto) : ApiResults.Error(error!);
    }

    /// <summary>Delete a process (FFmpeg is stopped first).</summary>
    /// <param name="id">The process id.</param>
    [HttpDelete("{id}")]
    [ProducesResponseType<string>(StatusCodes.Status200OK)]
    [ProducesResponseType<ApiError>(StatusCodes.Status404NotFound)]
    public async Task<IActionResult> DeleteProcess([FromRoute] string id) =>
        await processes.DeleteAsync(id) ? Ok("OK") : ApiResults.Error(UnknownProcess);

    /// <summary>Start, stop, restart or reload a process.</summary>
    /// <remarks><c>stop</c> answers once FFmpeg has exited (SIGINT, SIGKILL after 5 s).</remarks>
    /// <param name="id">The process id.</param>
    [HttpPut("{id}/command")]
    [JsonRequestBody(typeof(ProcessCommandDto))]
    [ProducesResponseType<string>(StatusCodes.Status200OK)]
    [ProducesResponseType<ApiError>(StatusCodes.Status400BadRequest)]
    public async Task<IActionResult> CommandProcess([FromRoute] string id)
    {
        var (dto, invalid) = await JsonRequest.ReadAsync(Request, 4096, ProcessJson.Wire.ProcessCommandDto);
        if (invalid is not null)
        {
            return ApiResults.Error(invalid);
        }

        if (dto?.Command is not { Length: > 0 } command)
        {
            return ApiResults.Error(JsonRequest.Invalid("command: a command is required"));
        }

        if (command is not ("start" or "stop" or "restart" or "reload"))
        {
            return ApiResults.Error(new ApiError(StatusCodes.Status400BadRequest, "Unknown command provided", ["Known commands are: start, stop, reload, restart"]));
        }

        return await processes.CommandAsync(id, command) is { } failure
            ? ApiResults.Error(new ApiError(StatusCodes.Status400BadRequest, "Command failed", [failure]))
            : Ok("OK");
    }

    /// <summary>Read a process's config.</summary>
    /// <param name="id">The process id.</param>
    [HttpGet("{id}/config")]
    [ProducesResponseType<ProcessConfigDto>(StatusCodes.Status200OK)]
    [ProducesResponseType<ApiError>(StatusCodes.Status404NotFound)]
    public IActionResult GetProcessConfig([FromRoute] string id) =>
        processes.GetConfig(id) is { } config ? Json(config, ProcessJson.Wire.ProcessConfigDto) : ApiResults.Error(UnknownProcess);

    /// <summary>Read a process's state: order, exec, progress, CPU, memory, command.</summary>
    /// <param name="id">The process id.</param>
    [HttpGet("{id}/state")]
    [ProducesResponseType<ProcessStateDto>(StatusCodes.Status200OK)]
    [ProducesResponseType<ApiError>(StatusCodes.Status404NotFound)]
    public IActionResult GetProcessState([FromRoute] string id) =>
        processes.GetState(id) is { } state ? Json(state, ProcessJson.Wire.ProcessStateDto) : ApiResults.Error(UnknownProcess);

    /// <summary>Read a process's report: FFmpeg's prelude and log of the current run, and earlier runs.</summary>
    /// <param name="id">The process id.</param>
    [HttpGet("{id}/report")]
    [ProducesResponseType<ProcessReportDto>(StatusCodes.Status200OK)]
    [ProducesResponseType<ApiError>(StatusCodes.Status404NotFound)]
    public IActionResult GetProcessReport([FromRoute] string id) =>
        processes.GetReport(id) is { } report ? Json(report, ProcessJson.Wire.ProcessReportDto) : ApiResults.Error(UnknownProcess);

    /// <summary>Probe a process's inputs (runs FFmpeg once, at most 20 s).</summary>
    /// <remarks>Admins only: it starts FFmpeg. At most four probes run at once; further ones wait for a free slot.</remarks>
    /// <param name="id">The process id.</param>
    [HttpGet("{id}/probe")]
    [CoreApi.Auth.AdminOnly]
    [ProducesResponseType<ProbeDto>(StatusCodes.Status200OK)]
    public async Task<IActionResult> ProbeProcess([FromRoute] string id) =>
        Json(await processes.ProbeAsync(id), ProcessJson.Wire.ProbeDto);

    /// <summary>Read all of a process's metadata (<c>null</c> when it has none).</summary>
    /// <param name="id">The process id.</param>
    [HttpGet("{id}/metadata")]
    [ProducesResponseType<JsonElement>(StatusCodes.Status200OK)]
    [ProducesResponseType<ApiError>(StatusCodes.Status404NotFound)]
    public IActionResult GetProcessMetadata([FromRoute] string id) =>
        processes.GetMetadata(id, null) is { } all ? Content(all, JsonBytes.ContentType) : ApiResults.Error(UnknownProcess);

    /// <summary>Read one metadata value of a process.</summary>
    /// <param name="id">The process id.</param>
    /// <param name="key">The key, such as <c>restreamer-ui</c>.</param>
    [HttpGet("{id}/metadata/{key}")]
    [ProducesResponseType<JsonElement>(StatusCodes.Status200OK)]
    [ProducesResponseType<ApiError>(StatusCodes.Status404NotFound)]
    public IActionResult GetProcessMetadataValue([FromRoute] string id, [FromRoute] string key) =>
        !processes.HasProcess(id) ? ApiResults.Error(UnknownProcess)
        : processes.GetMetadata(id, key) is { } value ? Content(value, JsonBytes.ContentType)
        : ApiResults.Error(new ApiError(StatusCodes.Status404NotFound, "Unknown process ID", ["unknown key"]));

    /// <summary>Store a JSON value under a key of a process's metadata; <c>null</c> deletes the key.</summary>
    /// <param name="id">The process id.</param>
    /// <param name="key">The key, such as <c>restreamer-ui</c>.</param>
    [HttpPut("{id}/metadata/{key}")]
    [JsonRequestBody(typeof(JsonElement))]
    [ProducesResponseType<JsonElement>(StatusCodes.Status200OK)]
    [ProducesResponseType<ApiError>(StatusCodes.Status400BadRequest)]
    [ProducesResponseType<ApiError>(StatusCodes.Status404NotFound)]
    public async Task<IActionResult> PutProcessMetadata([FromRoute] string id, [FromRoute] string key)
    {
        if (!processes.HasProcess(id))
        {
            return ApiResults.Error(UnknownProcess);
        }

        // The same bound as global metadata (api.metadata.max_value_bytes).
        var (body, invalid) = await JsonRequest.ReadAsync(Request, metadata.MaxValueBytes);
        if (invalid is not null)
        {
            return ApiResults.Error(invalid);
        }

        var json = body?.ToJsonString() ?? "null";
        return processes.PutMetadata(id, key, json) ? Content(json, JsonBytes.ContentType) : ApiResults.Error(UnknownProcess);
    }

    private static JsonAnswer Json<T>(T value, System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> type) => JsonAnswer.Of(value, type);
}
