namespace CoreApi.Processes;

/// <summary>A device format and the devices found for it (none: this server lists no hardware, and refuses device inputs other than <c>/dev/null</c>).</summary>
public sealed record DeviceSkillDto(string Id, string Name, IReadOnlyList<DeviceDto> Devices);
