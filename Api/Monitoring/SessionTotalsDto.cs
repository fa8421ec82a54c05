using System.Text.Json.Serialization;

namespace CoreApi.Monitoring;

public sealed record SessionTotalsDto(
    IReadOnlyDictionary<string, SessionTrafficDto> Remote,
    IReadOnlyDictionary<string, SessionTrafficDto> Local,
    IReadOnlyDictionary<string, SessionTrafficDto> Reference,
    long Sessions,
    [property: JsonPropertyName("traffic_rx_mb")] double TrafficRxMb,
    [property: JsonPropertyName("traffic_tx_mb")] double TrafficTxMb);
