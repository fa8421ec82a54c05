using System.Text.Json;
using System.Text.Json.Nodes;
using CoreApi.Hosting;

namespace CoreApi.Processes;

/// <summary>
/// Turns a submitted config (JSON) into a <see cref="ProcessConfig"/>, with the checks of §2.3 that need nothing but the
/// config itself, in the contract's order; ids left empty are generated. The checks that need the other processes
/// and the filesystems follow in ProcessConfigChecker.
/// </summary>
public static class ProcessConfigReader
{
    public static (ProcessConfig? Config, ProcessConfigError? Error) Read(JsonNode? body, FfmpegLimitOptions limits)
    {
        if (body is not JsonObject)
        {
            return (null, new(ProcessConfigError.InvalidJson, [$"the process config must be a JSON object, not {Kind(body)}"]));
        }

        ProcessConfigDto dto;
        try
        {
            dto = body.Deserialize(ProcessJson.Wire.ProcessConfigDto)!;
        }
        catch (JsonException e)
        {
            return (null, new(ProcessConfigError.InvalidJson, [e.Message]));
        }

        var missing = new List<string>();
        if (dto.Input is null)
        {
            missing.Add("input: a list of inputs is required");
        }

        if (dto.Output is null)
        {
            missing.Add("output: a list of outputs is required");
        }

        if (missing.Count > 0)
        {
            return (null, new(ProcessConfigError.InvalidJson, missing));
        }

        if (dto.Type is { Length: > 0 } type && type != "ffmpeg")
        {
            return (null, new(ProcessConfigError.InvalidJson, [$"type: must be 'ffmpeg', not '{type}'"]));
        }

        if (dto.Type is "")
        {
            return (null, new("Unsupported process type", ["Supported process types are: ffmpeg"]));
        }

        if (dto.Input!.Count == 0 || dto.Output!.Count == 0)
        {
            return (null, new("At least one input and one output need to be defined", []));
        }

        if (Nulls(dto) is { } nullProblem)
        {
            return (null, new(ProcessConfigError.InvalidJson, [nullProblem]));
        }

        var id = dto.Id is null or "" ? ShortId.New() : dto.Id;
        if (ProcessIdRule.Problem(id) is { } idProblem)
        {
            return (null, ProcessConfigError.Invalid(idProblem));
        }

        if (LimitProblem(dto, limits) is { } limitProblem)
        {
            return (null, ProcessConfigError.Invalid(limitProblem));
        }

        var limitsDto = dto.Limits ?? new ProcessLimitsDto();
        if (double.IsNaN(limitsDto.CpuUsage) || limitsDto.CpuUsage < 0)
        {
            return (null, new(ProcessConfigError.InvalidJson, ["limits.cpu_usage: must be 0 or more"]));
        }

        var config = new ProcessConfig(
            id,
            dto.Reference ?? "",
            [.. dto.Input.Select(io => Io(io, withCleanup: false))],
            [.. dto.Output.Select(io => Io(io, withCleanup: true))],
            dto.Options ?? [],
            dto.Reconnect,
            dto.ReconnectDelaySeconds,
            dto.Autostart ?? true,
            dto.StaleTimeoutSeconds,
            new ProcessLimits(limitsDto.CpuUsage, limitsDto.MemoryMbytes, limitsDto.WaitforSeconds));
        return (config, null);
    }

    /// <summary>The config as clients read it back (§2.1): the stored values, placeholders unexpanded.</summary>
    public static ProcessConfigDto ToDto(ProcessConfig config) => new()
    {
        Id = config.Id,
        Type = "ffmpeg",
        Reference = config.Reference,
        Input = [.. config.Inputs.Select(io => IoDto(io, withCleanup: false))],
        Output = [.. config.Outputs.Select(io => IoDto(io, withCleanup: true))],
        Options = [.. config.Options],
        Reconnect = config.Reconnect,
        ReconnectDelaySeconds = config.ReconnectDelaySeconds,
        Autostart = config.Autostart,
        StaleTimeoutSeconds = config.StaleTimeoutSeconds,
        Limits = new ProcessLimitsDto { CpuUsage = config.Limits.CpuUsage, MemoryMbytes = config.Limits.MemoryMbytes, WaitforSeconds = config.Limits.WaitforSeconds },
    };

    private static ProcessIo Io(ProcessIoDto io, bool withCleanup) => new(
        io.Id is null or "" ? ShortId.New() : io.Id,
        io.Address ?? "",
        io.Options ?? [],
        withCleanup ? [.. (io.Cleanup ?? []).Select(rule => new CleanupRule(rule.Pattern ?? "", rule.MaxFiles, rule.MaxFileAgeSeconds, rule.PurgeOnDelete))] : []);

    private static ProcessIoDto IoDto(ProcessIo io, bool withCleanup) => new()
    {
        Id = io.Id,
        Address = io.Address,
        Options = [.. io.Options],
        Cleanup = withCleanup && io.Cleanup.Count > 0
            ? [.. io.Cleanup.Select(rule => new CleanupRuleDto { Pattern = rule.Pattern, MaxFiles = rule.MaxFiles, MaxFileAgeSeconds = rule.MaxFileAgeSeconds, PurgeOnDelete = rule.PurgeOnDelete })]
            : null,
    };

    // A JSON null inside a list would reach FFmpeg as an empty argument or crash a later step: refused as a type error.
    private static string? Nulls(ProcessConfigDto dto)
    {
        if (dto.Options?.Any(option => option is null) == true)
        {
            return "options: the list must hold strings, not null";
        }

        foreach (var (name, list) in new[] { ("input", dto.Input!), ("output", dto.Output!) })
        {
            for (var i = 0; i < list.Count; i++)
            {
                if (list[i] is null)
                {
                    return $"{name}[{i}]: must be an object, not null";
                }

                if (list[i].Options?.Any(option => option is null) == true)
                {
                    return $"{name}[{i}].options: the list must hold strings, not null";
                }

                if (list[i].Cleanup?.Any(rule => rule is null) == true)
                {
                    return $"{name}[{i}].cleanup: the list must hold objects, not null";
                }
            }
        }

        return null;
    }

    private static string? LimitProblem(ProcessConfigDto dto, FfmpegLimitOptions limits)
    {
        if (dto.Input!.Count > limits.MaxInputs)
        {
            return $"a process may have at most {limits.MaxInputs} inputs (ffmpeg.limits.max_inputs), not {dto.Input.Count}";
        }

        if (dto.Output!.Count > limits.MaxOutputs)
        {
            return $"a process may have at most {limits.MaxOutputs} outputs (ffmpeg.limits.max_outputs), not {dto.Output.Count}";
        }

        var lists = new[] { dto.Options }.Concat(dto.Input.Select(io => io.Options)).Concat(dto.Output.Select(io => io.Options));
        return lists.Any(list => list?.Count > limits.MaxOptions)
            ? $"an options list may hold at most {limits.MaxOptions} options (ffmpeg.limits.max_options)"
            : null;
    }

    private static string Kind(JsonNode? node) => node?.GetValueKind() switch
    {
        null => "null",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        _ => "a boolean",
    };
}
