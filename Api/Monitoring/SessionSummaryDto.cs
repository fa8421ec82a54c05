namespace CoreApi.Monitoring;

/// <summary>A collector's sessions (CONTRACT-CORE §12): those active now, and totals since the start.</summary>
public sealed record SessionSummaryDto(SessionActiveDto Active, SessionTotalsDto Summary);
