namespace CoreApi.Processes;

/// <summary>The body of <c>PUT /api/v3/process/{id}/command</c>.</summary>
public sealed class ProcessCommandDto
{
    /// <summary><c>start</c>, <c>stop</c>, <c>restart</c> or <c>reload</c>.</summary>
    public string? Command { get; set; }
}
