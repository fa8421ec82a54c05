using CoreApi.Processes;
using Microsoft.Extensions.Options;

namespace CoreApi.Hosting;

public static class ProcessExtensions
{
    /// <summary><c>/api/v3/process</c> and <c>/api/v3/skills</c>: the FFmpeg process engine.</summary>
    public static IServiceCollection AddProcesses(this IServiceCollection services)
    {
        services.AddSingleton(provider => new FfmpegBinary(provider.GetRequiredService<IOptions<CoreOptions>>().Value.Ffmpeg.Binary));
        services.AddSingleton<ProcessLauncher>();
        services.AddSingleton<IProcessStore, SqliteProcessStore>();
        services.AddSingleton<ProcessService>();
        services.AddSingleton<SkillsService>();
        services.AddHostedService<ProcessSupervisorService>();
        return services;
    }
}
