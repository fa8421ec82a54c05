using Microsoft.Extensions.Configuration;

namespace CoreApi.Hosting;

public sealed class JwtOptions
{
    /// <summary>Empty: a strong secret is generated once and kept in the data directory.</summary>
    public string Secret { get; set; } = "";

    [ConfigurationKeyName("clock_skew_seconds")]
    public int ClockSkewSeconds { get; set; }

    /// <summary>Each refresh also returns a new refresh token (off: datarhei clients do not expect one).</summary>
    [ConfigurationKeyName("rotate_refresh")]
    public bool RotateRefresh { get; set; }

    /// <summary>With rotation: how long a used refresh token stays usable (parallel tabs, lost answers) before a reuse revokes its family.</summary>
    [ConfigurationKeyName("rotation_overlap_seconds")]
    public int RotationOverlapSeconds { get; set; } = 30;
}
