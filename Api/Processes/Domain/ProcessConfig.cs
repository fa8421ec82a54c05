namespace CoreApi.Processes;

/// <summary>
/// A validated process config: ids filled in, lists never null. It is what is stored and echoed, with its
/// placeholders as written (§2.1: they are expanded only into the command).
/// </summary>
public sealed record ProcessConfig(
    string Id,
    string Reference,
    IReadOnlyList<ProcessIo> Inputs,
    IReadOnlyList<ProcessIo> Outputs,
    IReadOnlyList<string> Options,
    bool Reconnect,
    uint ReconnectDelaySeconds,
    bool Autostart,
    uint StaleTimeoutSeconds,
    ProcessLimits Limits);
