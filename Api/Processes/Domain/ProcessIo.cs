namespace CoreApi.Processes;

/// <summary>One input or output: its id, address and options; outputs may carry cleanup rules.</summary>
public sealed record ProcessIo(string Id, string Address, IReadOnlyList<string> Options, IReadOnlyList<CleanupRule> Cleanup);
