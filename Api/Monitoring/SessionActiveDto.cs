using System.Text.Json.Serialization;

namespace CoreApi.Monitoring;

public sealed record SessionActiveDto(
    IReadOnlyList<SessionDto> List,
    int Sessions,
    [property: JsonPropertyName("bandwidth_rx_mbit")] double BandwidthRxMbit,
    [property: JsonPropertyName("bandwidth_tx_mbit")] double BandwidthTxMbit,
    [property: JsonPropertyName("max_sessions")] long MaxSessions,
    [property: JsonPropertyName("max_bandwidth_rx_mbit")] double MaxBandwidthRxMbit,
    [property: JsonPropertyName("max_bandwidth_tx_mbit")] double MaxBandwidthTxMbit);
