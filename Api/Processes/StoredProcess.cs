namespace CoreApi.Processes;

/// <summary>A process as the store keeps it (§9): its config as given, times, order and metadata.</summary>
public sealed record StoredProcess(ProcessConfig Config, long CreatedAt, long UpdatedAt, ProcessOrder Order, IReadOnlyDictionary<string, string> Metadata);
