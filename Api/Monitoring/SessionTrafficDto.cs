using System.Text.Json.Serialization;

namespace CoreApi.Monitoring;

public sealed record SessionTrafficDto(
    long Sessions,
    [property: JsonPropertyName("traffic_rx_mb")] double TrafficRxMb,
    [property: JsonPropertyName("traffic_tx_mb")] double TrafficTxMb);
