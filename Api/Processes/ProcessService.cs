using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Nodes;
using CoreApi.Filesystems;
using CoreApi.Hosting;
using CoreApi.Web;
using Microsoft.Extensions.Options;

namespace CoreApi.Processes;

/// <summary>
/// The process engine (§3, §4, §9): the processes and their supervisors, the changes to them (create, update,
/// delete, commands) checked and stored before they are answered, and what readers see.
/// </summary>
public sealed class ProcessService : IProcessDirectory
{
    private readonly ConcurrentDictionary<string, ProcessRuntime> processes = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim changes = new(1, 1);

    // Each probe runs an FFmpeg for up to 20 s: a bounded number at once, so that no client can start them without end.
    private readonly SemaphoreSlim probes = new(MaxConcurrentProbes, MaxConcurrentProbes);
    private readonly IProcessStore store;
    private readonly ProcessLauncher launcher;
    private readonly FfmpegBinary binary;
    private readonly TimeProvider time;
    private readonly CoreOptions options;
    private readonly ProcessConfigChecker checker;
    private readonly OutputCleanup cleanup;
    private readonly ILogger<ProcessService> logger;

    public ProcessService(IProcessStore store, ProcessLauncher launcher, FfmpegBinary binary, IFilesystemAddresses filesystems, FileSystems files, IOptions<CoreOptions> options, TimeProvider time, ILogger<ProcessService> logger)
    {
        this.store = store;
        this.launcher = launcher;
        this.binary = binary;
        this.time = time;
        this.options = options.Value;
        this.logger = logger;
        var settings = options.Value;
        var paths = new LocalPathRule(filesystems.DiskDirectory, Environment.CurrentDirectory);
        var access = settings.Ffmpeg.Access;
        var policy = new MediaAddressPolicy(paths, new AccessRules(access.Input.Allow, access.Input.Block), new AccessRules(access.Output.Allow, access.Output.Block));
        // Made once the memfs URL names the port the server listens on (see FilesystemAddresses.MemfsUrl).
        PlaceholderValues? values = null;
        var placeholders = new Placeholders(() => values ?? Remember(PlaceholderValuesFactory.Create(settings, filesystems)));
        PlaceholderValues Remember(PlaceholderValues made) => new Uri(made.MemFs).Port != 0 ? values = made : made;
        checker = new ProcessConfigChecker(placeholders, policy);
        cleanup = new OutputCleanup(files, placeholders, time);
    }

    public const int MaxConcurrentProbes = 4;

    public int MaxConfigBytes => options.Ffmpeg.Limits.MaxConfigBytes;

    public bool Exists(string id) => processes.ContainsKey(id);

    public string? OutputAddress(string processId, string outputId)
    {
        var config = processes[processId].Config;
        return config.Outputs.FirstOrDefault(o => o.Id == outputId) is { } output ? checker.ExpandOutput(output.Address, config.Id, config.Reference, output.Id) : null;
    }

    /// <summary>Brings back the stored processes (§9), none started yet: before the server takes requests, so that no request sees the list without them.</summary>
    public void Restore()
    {
        foreach (var stored in store.LoadAll())
        {
            var (command, error) = checker.Check(stored.Config, this);
            var runtime = NewRuntime(stored.Config, command ?? [], stored.CreatedAt, stored.UpdatedAt, stored.Order);
            foreach (var (key, value) in stored.Metadata)
            {
                runtime.Metadata[key] = value;
            }

            processes[stored.Config.Id] = runtime;
            if (error is not null)
            {
                logger.LogWarning("Process {Id} is not valid any more and was not started: {Details}", stored.Config.Id, string.Join("; ", error.Details));
            }
        }
    }

    /// <summary>Starts the restored processes whose order was <c>start</c>: once the server listens, so that a process writing to <c>{memfs}</c> finds it.</summary>
    public async Task StartRestoredAsync()
    {
        foreach (var runtime in processes.Values.Where(r => r.Order == ProcessOrder.Start && r.Exec == ExecState.Finished).ToList())
        {
            // Built again now that the server listens: {memfs} names its port (known only now when it listens on port 0).
            var (command, _) = checker.Check(runtime.Config, this);
            if (command is not null)
            {
                runtime.Command = command;
                await runtime.StartAsync();
            }
        }
    }

    public IReadOnlyList<ProcessDto> List(string? filter, string? reference, string? ids, string? idPattern, string? refPattern)
    {
        IEnumerable<ProcessRuntime> selected = processes.Values;
        if (!string.IsNullOrEmpty(reference))
        {
            selected = selected.Where(p => p.Config.Reference == reference);
        }
        else if (!string.IsNullOrEmpty(ids))
        {
            var wanted = ids.Split(',', StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal);
            selected = selected.Where(p => wanted.Contains(p.Config.Id));
        }

        if (!string.IsNullOrEmpty(idPattern))
        {
            var glob = new GlobPattern(idPattern);
            selected = selected.Where(p => glob.IsMatch(p.Config.Id));
        }

        if (!string.IsNullOrEmpty(refPattern))
        {
            var glob = new GlobPattern(refPattern);
            selected = selected.Where(p => glob.IsMatch(p.Config.Reference));
        }

        var parts = ProcessParts.Parse(filter);
        return [.. selected.OrderBy(p => p.Config.Id, StringComparer.Ordinal).Select(p => View(p, parts))];
    }

    public ProcessDto? Get(string id, string? filter) => processes.TryGetValue(id, out var p) ? View(p, ProcessParts.Parse(filter)) : null;

    public ProcessConfigDto? GetConfig(string id) => processes.TryGetValue(id, out var p) ? ProcessConfigReader.ToDto(p.Config) : null;

    public ProcessStateDto? GetState(string id) => processes.TryGetValue(id, out var p) ? p.State() : null;

    public ProcessReportDto? GetReport(string id) => processes.TryGetValue(id, out var p) ? p.Report() : null;

    public async Task<(ProcessConfigDto? Config, ProcessConfigError? Error)> CreateAsync(JsonNode? body)
    {
        var (config, error) = ProcessConfigReader.Read(body, options.Ffmpeg.Limits);
        if (config is null)
        {
            return (null, error);
        }

        await changes.WaitAsync();
        try
        {
            var (command, problem) = checker.Check(config, this);
            if (problem is not null)
            {
                return (null, problem);
            }

            if (processes.ContainsKey(config.Id))
            {
                return (null, ProcessConfigError.Invalid("process already exists"));
            }

            if (processes.Count >= options.Ffmpeg.Limits.MaxDefined)
            {
                return (null, ProcessConfigError.Invalid($"max. number of processes ({options.Ffmpeg.Limits.MaxDefined}) reached (ffmpeg.limits.max_defined)"));
            }

            var order = config.Autostart ? ProcessOrder.Start : ProcessOrder.Stop;
            if (order == ProcessOrder.Start && StartLimitProblem() is { } limit)
            {
                return (null, ProcessConfigError.Invalid(limit));
            }

            var now = time.GetUtcNow().ToUnixTimeSeconds();
            store.Save(config, now, now, order);
            var runtime = NewRuntime(config, command!, now, now, ProcessOrder.Stop);
            processes[config.Id] = runtime;
            if (order == ProcessOrder.Start)
            {
                await runtime.StartAsync();
            }

            return (ProcessConfigReader.ToDto(config), null);
        }
        finally
        {
            changes.Release();
        }
    }

    /// <summary>PUT (§3.4): the body merged into the current config; a changed id renames the process.</summary>
    public async Task<(ProcessConfigDto? Config, ApiError? Error)> UpdateAsync(string id, JsonNode? body)
    {
        await changes.WaitAsync();
        try
        {
            if (!processes.TryGetValue(id, out var runtime))
            {
                return (null, new ApiError(StatusCodes.Status404NotFound, "Process not found", [id]));
            }

            if (body is not JsonObject changesObject)
            {
                return (null, JsonRequest.Invalid("the process config must be a JSON object"));
            }

            var merged = JsonSerializer.SerializeToNode(ProcessConfigReader.ToDto(runtime.Config), ProcessJson.Wire.ProcessConfigDto)!.AsObject();
            foreach (var (name, value) in changesObject)
            {
                merged[name] = value?.DeepClone();
            }

            var (config, error) = ProcessConfigReader.Read(merged, options.Ffmpeg.Limits);
            if (config is null)
            {
                return (null, UpdateError(error!, id));
            }

            if (config.Id != id && processes.ContainsKey(config.Id))
            {
                return (null, new ApiError(StatusCodes.Status400BadRequest, "Process can't be updated", ["process already exists"]));
            }

            var (command, problem) = checker.Check(config, this);
            if (problem is not null)
            {
                return (null, UpdateError(problem, id));
            }

            var now = time.GetUtcNow().ToUnixTimeSeconds();
            var replaced = runtime.Config;
            store.Save(config, runtime.CreatedAt, now, runtime.Order, previousId: id);
            runtime.UpdatedAt = now;
            if (config.Id != id)
            {
                processes.TryRemove(id, out _);
                processes[config.Id] = runtime;
            }

            await runtime.ReplaceAsync(config, command!, keepHistory: true, whileStopped: () => cleanup.Purge(cleanup.Targets(replaced)));
            return (ProcessConfigReader.ToDto(config), null);
        }
        finally
        {
            changes.Release();
        }
    }

    /// <summary>Removes the process (store first, so that a crash cannot bring it back), then stops its FFmpeg before answering.</summary>
    public async Task<bool> DeleteAsync(string id)
    {
        ProcessRuntime? runtime;
        await changes.WaitAsync();
        try
        {
            if (!processes.TryRemove(id, out runtime))
            {
                return false;
            }

            store.Delete(id);
        }
        finally
        {
            changes.Release();
        }

        // Outside the engine-wide lock: a stop may wait up to 5 s for FFmpeg, and other processes need not wait with it.
        await runtime.ShutdownAsync();
        cleanup.Purge(cleanup.Targets(runtime.Config));
        return true;
    }

    /// <summary><c>start</c>, <c>stop</c>, <c>restart</c>, <c>reload</c> (§4.2); the failure's detail, or <c>null</c>.</summary>
    public async Task<string?> CommandAsync(string id, string command)
    {
        if (command is "stop" or "restart")
        {
            // These need no engine-wide check and may wait up to 5 s for FFmpeg: only the process's own lock is taken.
            if (!processes.TryGetValue(id, out var stopping))
            {
                return "unknown process";
            }

            if (command == "stop")
            {
                store.SaveOrder(id, ProcessOrder.Stop);
                await stopping.StopAsync();
            }
            else
            {
                await stopping.RestartAsync();
            }

            return null;
        }

        await changes.WaitAsync();
        try
        {
            if (!processes.TryGetValue(id, out var runtime))
            {
                return "unknown process";
            }

            switch (command)
            {
                case "start":
                    if (runtime.Order == ProcessOrder.Start)
                    {
                        return null;
                    }

                    if (StartLimitProblem() is { } limit)
                    {
                        return limit;
                    }

                    store.SaveOrder(id, ProcessOrder.Start);
                    await runtime.StartAsync();
                    return null;
                default:
                    var (newCommand, problem) = checker.Check(runtime.Config, this);
                    if (problem is not null)
                    {
                        return problem.Details.FirstOrDefault() ?? problem.Message;
                    }

                    await runtime.ReplaceAsync(runtime.Config, newCommand!, keepHistory: false);
                    return null;
            }
        }
        finally
        {
            changes.Release();
        }
    }

    /// <summary>Runs FFmpeg once on the process's global options and inputs (§3.9).</summary>
    public async Task<ProbeDto> ProbeAsync(string id)
    {
        if (!processes.TryGetValue(id, out var runtime))
        {
            return new ProbeDto { Streams = [], Log = [$"Unknown process ID ({id})"] };
        }

        var (arguments, problem) = checker.Check(runtime.Config with { Outputs = [] }, this);
        if (problem is not null)
        {
            return new ProbeDto { Streams = [], Log = [.. problem.Details] };
        }

        await probes.WaitAsync();
        try
        {
            return await Prober.ProbeAsync(launcher, binary, arguments!);
        }
        finally
        {
            probes.Release();
        }
    }

    /// <summary>The metadata of a process as JSON text: one key's value, or all keys as one object (<c>null</c> when it has none); <c>null</c> for an unknown process or key.</summary>
    public string? GetMetadata(string id, string? key)
    {
        if (!processes.TryGetValue(id, out var runtime))
        {
            return null;
        }

        return key is null ? MetadataJson(runtime) : runtime.Metadata.GetValueOrDefault(key);
    }

    public bool HasProcess(string id) => processes.ContainsKey(id);

    /// <summary>Stores <paramref name="json"/> (compact, validated) under the key; JSON <c>null</c> deletes it.</summary>
    public bool PutMetadata(string id, string key, string json)
    {
        if (!processes.TryGetValue(id, out var runtime))
        {
            return false;
        }

        var delete = json == "null";
        store.SaveMetadata(id, key, delete ? null : json);
        if (delete)
        {
            runtime.Metadata.TryRemove(key, out _);
        }
        else
        {
            runtime.Metadata[key] = json;
        }

        return true;
    }

    /// <summary>Ticks every supervisor; a supervisor busy with a stop skips the tick, and none waits for another.</summary>
    public Task TickAsync() => Task.WhenAll(processes.Values.Select(p => Task.Run(p.TickAsync)));

    /// <summary>Stops every FFmpeg, leaving the orders as they are so that they start again on the next boot, then applies the <c>purge_on_delete</c> rules (§9).</summary>
    public async Task ShutdownAsync()
    {
        await Task.WhenAll(processes.Values.Select(p => p.ShutdownAsync()));
        cleanup.Purge([.. processes.Values.SelectMany(p => cleanup.Targets(p.Config))]);
    }

    /// <summary>One pass of every output's cleanup rules (§8.5), once a second.</summary>
    public int Cleanup() => cleanup.Apply([.. processes.Values.SelectMany(p => cleanup.Targets(p.Config))]);

    private string? StartLimitProblem()
    {
        var max = options.Ffmpeg.MaxProcesses;
        return max > 0 && processes.Values.Count(p => p.Order == ProcessOrder.Start) >= max ? $"max. number of running processes ({max}) reached" : null;
    }

    private static ApiError UpdateError(ProcessConfigError error, string id) => error.Message switch
    {
        ProcessConfigError.InvalidJson or "Unsupported process type" => new ApiError(StatusCodes.Status400BadRequest, "Invalid JSON", error.Details),
        "At least one input and one output need to be defined" => new ApiError(StatusCodes.Status400BadRequest, "Process can't be updated", [$"at least one input and one output must be defined for the process '{id}'"]),
        _ => new ApiError(StatusCodes.Status400BadRequest, "Process can't be updated", error.Details),
    };

    private ProcessRuntime NewRuntime(ProcessConfig config, IReadOnlyList<string> command, long createdAt, long updatedAt, ProcessOrder order)
    {
        var runtime = new ProcessRuntime(launcher, binary, time, options.Ffmpeg.Log, logger)
        {
            Config = config,
            Command = command,
            CreatedAt = createdAt,
            UpdatedAt = updatedAt,
        };
        runtime.Initialize(order);
        return runtime;
    }

    private static ProcessDto View(ProcessRuntime p, ProcessParts parts) => new()
    {
        Id = p.Config.Id,
        Reference = p.Config.Reference,
        CreatedAt = p.CreatedAt,
        UpdatedAt = p.UpdatedAt,
        Config = parts.Config ? ProcessConfigReader.ToDto(p.Config) : null,
        State = parts.State ? p.State() : null,
        Report = parts.Report ? p.Report() : null,
        Metadata = parts.Metadata ? JsonDocument.Parse(MetadataJson(p)).RootElement.Clone() : default,
    };

    // The stored values are compact JSON already: the object is joined from them, not parsed and written again.
    private static string MetadataJson(ProcessRuntime p) => p.Metadata.IsEmpty
        ? "null"
        : "{" + string.Join(",", p.Metadata.OrderBy(m => m.Key, StringComparer.Ordinal).Select(m => JsonSerializer.Serialize(m.Key) + ":" + m.Value)) + "}";
}
