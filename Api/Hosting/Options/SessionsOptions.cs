using Microsoft.Extensions.Configuration;

namespace CoreApi.Hosting;

/// <summary><c>sessions</c>: accounting of the players reading the mounts.</summary>
public sealed class SessionsOptions
{
    public bool Enable { get; set; } = true;

    /// <summary>Clients never counted; empty: loopback (<c>127.0.0.1/32</c>, <c>::1/128</c>). (No default in the list itself: binding would append to it.)</summary>
    [ConfigurationKeyName("ip_ignorelist")]
    public List<string> IpIgnorelist { get; set; } = [];

    [ConfigurationKeyName("session_timeout_sec")]
    public int SessionTimeoutSec { get; set; } = 30;

    public bool Persist { get; set; }

    [ConfigurationKeyName("persist_interval_sec")]
    public int PersistIntervalSec { get; set; } = 300;

    [ConfigurationKeyName("max_bitrate_mbit")]
    public long MaxBitrateMbit { get; set; }

    [ConfigurationKeyName("max_sessions")]
    public long MaxSessions { get; set; }
}
