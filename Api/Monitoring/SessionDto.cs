using System.Text.Json.Serialization;

namespace CoreApi.Monitoring;

/// <summary>An active session (CONTRACT-CORE §12): a player reading a stream, or a writer filling one.</summary>
public sealed record SessionDto(
    string Id,
    string Reference,
    [property: JsonPropertyName("created_at")] long CreatedAt,
    string Local,
    string Remote,
    string Extra,
    [property: JsonPropertyName("bytes_rx")] long BytesRx,
    [property: JsonPropertyName("bytes_tx")] long BytesTx,
    [property: JsonPropertyName("bandwidth_rx_kbit")] double BandwidthRxKbit,
    [property: JsonPropertyName("bandwidth_tx_kbit")] double BandwidthTxKbit);
