namespace CoreApi.Processes;

public sealed record SkillsProtocolsDto(IReadOnlyList<SkillDto> Input, IReadOnlyList<SkillDto> Output);
