namespace CoreApi.Processes;

/// <summary>The FFmpeg build: <c>version</c> is <c>major.minor[.patch]</c>.</summary>
public sealed class SkillsFfmpegDto
{
    public required string Version { get; init; }

    public required string Compiler { get; init; }

    public required string Configuration { get; init; }

    public required IReadOnlyList<SkillsLibraryDto> Libraries { get; init; }
}
