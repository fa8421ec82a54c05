namespace CoreApi.Processes;

public sealed record SkillsCodecsDto(IReadOnlyList<CodecSkillDto> Audio, IReadOnlyList<CodecSkillDto> Video, IReadOnlyList<CodecSkillDto> Subtitle);
