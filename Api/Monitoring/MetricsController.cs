using CoreApi.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace CoreApi.Monitoring;

/// <summary>Metrics of the machine, the filesystems, the processes and the sessions (CONTRACT-CORE §13).</summary>
[ApiController]
[Authorize]
[Route("api/v3/metrics")]
[Produces("application/json")]
public sealed class MetricsController(MetricsHistory metrics) : ControllerBase
{
    /// <summary>List the metrics: name, description and label names, sorted by name.</summary>
    [HttpGet]
    [ProducesResponseType<IReadOnlyList<MetricDescriptionDto>>(StatusCodes.Status200OK)]
    [ProducesResponseType<ApiError>(StatusCodes.Status401Unauthorized)]
    public IActionResult ListMetrics() => JsonAnswer.Of(MetricsCatalog.Descriptions, MonitoringJsonContext.Default.IReadOnlyListMetricDescriptionDto);

    /// <summary>Query metrics: the current values, or with <c>timerange_sec</c> their history (needs <c>metrics.enable</c>).</summary>
    /// <remarks>Names are exact; <c>labels</c> filters the series. With <c>metrics.enable</c> off the answer has no metrics, as datarhei's.</remarks>
    [HttpPost]
    [JsonRequestBody(typeof(MetricsQueryDto))]
    [ProducesResponseType<MetricsResponseDto>(StatusCodes.Status200OK)]
    [ProducesResponseType<ApiError>(StatusCodes.Status400BadRequest)]
    [ProducesResponseType<ApiError>(StatusCodes.Status401Unauthorized)]
    public async Task<IActionResult> QueryMetrics()
    {
        var (query, invalid) = await JsonRequest.ReadAsync(Request, 64 * 1024, MonitoringJsonContext.Default.MetricsQueryDto);
        if (invalid is not null)
        {
            return ApiResults.Error(invalid);
        }

        if (query is null || query.TimerangeSec < 0 || query.IntervalSec < 0)
        {
            return ApiResults.Error(JsonRequest.Invalid("the query must be an object with timerange_sec and interval_sec of 0 or more"));
        }

        return JsonAnswer.Of(metrics.Query(query), MonitoringJsonContext.Default.MetricsResponseDto);
    }
}
