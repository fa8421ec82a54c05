namespace CoreApi.Processes;

/// <summary>A codec and its encoder and decoder names; a list is <c>null</c> (never absent) when there are none, as the Restreamer UI expects.</summary>
public sealed record CodecSkillDto(string Id, string Name, IReadOnlyList<string>? Encoders, IReadOnlyList<string>? Decoders);
