namespace CoreApi.Processes;

/// <summary>What the configured FFmpeg can do (§7).</summary>
public sealed class SkillsDto
{
    public required SkillsFfmpegDto Ffmpeg { get; init; }

    public required IReadOnlyList<SkillDto> Filter { get; init; }

    public required IReadOnlyList<SkillDto> Hwaccels { get; init; }

    public required SkillsCodecsDto Codecs { get; init; }

    public required SkillsDevicesDto Devices { get; init; }

    public required SkillsFormatsDto Formats { get; init; }

    public required SkillsProtocolsDto Protocols { get; init; }
}
