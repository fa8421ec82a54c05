namespace CoreApi.Processes;

/// <summary>A library FFmpeg was built with, and the version it runs with.</summary>
public sealed record SkillsLibraryDto(string Name, string Compiled, string Linked);
