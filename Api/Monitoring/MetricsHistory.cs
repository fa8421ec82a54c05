using CoreApi.Hosting;
using Microsoft.Extensions.Options;

namespace CoreApi.Monitoring;

/// <summary>
/// With <c>metrics.enable</c>: a sample of every metric each <c>metrics.interval_sec</c>, the last
/// <c>metrics.range_sec</c> of them kept (CONTRACT-CORE §13.2), and the answers to queries over them.
/// </summary>
public sealed class MetricsHistory(MetricsCatalog catalog, IOptions<CoreOptions> options, TimeProvider time, ILogger<MetricsHistory> logger) : BackgroundService
{
    private readonly Lock gate = new();
    private readonly Queue<(long At, IReadOnlyList<MetricSample> Samples)> history = new();

    public bool Enabled => options.Value.Metrics.Enable;

    public MetricsResponseDto Query(MetricsQueryDto query)
    {
        if (!Enabled)
        {
            return new MetricsResponseDto(0, 0, []);
        }

        var wanted = (query.Metrics ?? []).Where(m => !string.IsNullOrEmpty(m.Name)).ToList();
        var interval = query.IntervalSec > 0 ? query.IntervalSec : options.Value.Metrics.IntervalSec;
        IReadOnlyList<(long At, IReadOnlyList<MetricSample> Samples)> points;
        if (query.TimerangeSec > 0)
        {
            var from = time.GetUtcNow().ToUnixTimeSeconds() - query.TimerangeSec;
            lock (gate)
            {
                points = Thin([.. history.Where(h => h.At >= from)], interval);
            }
        }
        else
        {
            points = [(time.GetUtcNow().ToUnixTimeSeconds(), catalog.Sample())];
        }

        var series = new List<MetricSeriesDto>();
        foreach (var item in wanted)
        {
            var matching = points.SelectMany(p => p.Samples.Where(s => s.Name == item.Name && Matches(s.Labels, item.Labels)).Select(s => (p.At, Sample: s)));
            foreach (var group in matching.GroupBy(m => LabelKey(m.Sample.Labels)))
            {
                var first = group.First().Sample;
                series.Add(new MetricSeriesDto(first.Name, first.Labels, [.. group.Select(g => new[] { g.At, g.Sample.Value })]));
            }
        }

        return new MetricsResponseDto(query.TimerangeSec, query.TimerangeSec > 0 ? interval : 0, series);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!Enabled)
        {
            return;
        }

        var settings = options.Value.Metrics;
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(settings.IntervalSec), time);
        do
        {
            try
            {
                var sample = (time.GetUtcNow().ToUnixTimeSeconds(), catalog.Sample());
                lock (gate)
                {
                    history.Enqueue(sample);
                    while (history.Count > 0 && history.Peek().At < sample.Item1 - settings.RangeSec)
                    {
                        history.Dequeue();
                    }
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogError(e, "A metrics sample failed");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false));
    }

    private static bool Matches(IReadOnlyDictionary<string, string>? labels, Dictionary<string, string>? wanted) =>
        wanted is null || wanted.All(w => labels is not null && labels.TryGetValue(w.Key, out var value) && value == w.Value);

    private static string LabelKey(IReadOnlyDictionary<string, string>? labels) =>
        labels is null ? "" : string.Join('\u0001', labels.OrderBy(l => l.Key, StringComparer.Ordinal).Select(l => l.Key + "=" + l.Value));

    // One point per interval: the first sample of each interval-wide slot.
    private static List<(long At, IReadOnlyList<MetricSample> Samples)> Thin(List<(long At, IReadOnlyList<MetricSample> Samples)> points, long interval) =>
        interval <= 1 ? points : [.. points.GroupBy(p => p.At / interval).Select(g => g.First())];
}
