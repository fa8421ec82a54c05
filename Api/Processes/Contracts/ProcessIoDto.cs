using System.Text.Json.Serialization;

namespace CoreApi.Processes;

/// <summary>One input or output of a process config.</summary>
public sealed class ProcessIoDto
{
    /// <summary>Unique within the inputs (or outputs) of the process; generated when empty.</summary>
    public string? Id { get; set; }

    /// <summary>What FFmpeg reads or writes: a URL, a file in the disk filesystem, <c>{memfs}/…</c>, a lavfi graph, <c>#process:output=id</c>.</summary>
    public string? Address { get; set; }

    /// <summary>FFmpeg options placed before the address.</summary>
    public List<string>? Options { get; set; }

    /// <summary>Output cleanup rules (§8.5); echoed only when there are any.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public List<CleanupRuleDto>? Cleanup { get; set; }
}
