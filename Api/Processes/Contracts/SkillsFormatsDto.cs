namespace CoreApi.Processes;

public sealed record SkillsFormatsDto(IReadOnlyList<SkillDto> Demuxers, IReadOnlyList<SkillDto> Muxers);
