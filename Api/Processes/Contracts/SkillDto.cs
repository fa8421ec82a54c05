namespace CoreApi.Processes;

/// <summary>A filter, hardware acceleration, format or protocol: its id and description.</summary>
public sealed record SkillDto(string Id, string Name);
