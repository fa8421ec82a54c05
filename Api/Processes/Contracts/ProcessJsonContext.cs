using System.Text.Json.Serialization;

namespace CoreApi.Processes;

/// <summary>The process wire types, serialised by build-time generated code in datarhei's snake_case.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower, NumberHandling = JsonNumberHandling.Strict, AllowDuplicateProperties = false)]
[JsonSerializable(typeof(ProcessConfigDto))]
[JsonSerializable(typeof(ProcessDto))]
[JsonSerializable(typeof(IReadOnlyList<ProcessDto>))]
[JsonSerializable(typeof(ProcessStateDto))]
[JsonSerializable(typeof(ProcessReportDto))]
[JsonSerializable(typeof(ProbeDto))]
[JsonSerializable(typeof(ProcessCommandDto))]
[JsonSerializable(typeof(SkillsDto))]
public sealed partial class ProcessJsonContext : JsonSerializerContext;
