namespace CoreApi.Processes;

public sealed record DeviceDto(string Id, string Name, string Extra, string Media);
