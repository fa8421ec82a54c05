namespace CoreApi.Processes;

/// <summary>What FFmpeg does (§4.1); the wire names are the lower-case names.</summary>
public enum ExecState
{
    Finished,
    Starting,
    Running,
    Finishing,
    Failed,
    Killed,
}
