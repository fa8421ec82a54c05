namespace CoreApi.Processes;

/// <summary>What FFmpeg's prelude (the lines before the first status line) says about the inputs and outputs.</summary>
public sealed record Prelude(IReadOnlyList<StreamInfo> Inputs, IReadOnlyList<StreamInfo> Outputs, int MappedStreams);
