namespace CoreApi.Processes;

public sealed record SkillsDevicesDto(IReadOnlyList<DeviceSkillDto> Demuxers, IReadOnlyList<DeviceSkillDto> Muxers);
