namespace CoreApi.Processes;

/// <summary>What was asked of a process (§4.1).</summary>
public enum ProcessOrder
{
    Stop,
    Start,
}
