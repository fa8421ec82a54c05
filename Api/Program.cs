using CoreApi.Auth;
using CoreApi.Hosting;

if (HashPasswordCommand.TryRun(args, Console.In, Console.Out, Console.Error) is { } exitCode)
{
    return exitCode;
}

var builder = WebApplication.CreateBuilder(args);
builder.AddCoreConfiguration(args);
builder.AddCoreLogging();

builder.Services
    .AddCoreOptions(builder.Configuration)
    .AddApiErrors()
    .AddNetworkEdge()
    .AddCompression()
    .AddStorage()
    .AddAuth()
    .AddAbout()
    .AddMetadata()
    .AddSettings()
    .AddFilesystems()
    .AddProcesses()
    .AddMonitoring()
    .AddApiControllers()
    .AddApiDocumentation();

var app = builder.Build();

app.LoadCoreConfiguration();
app.UseApiErrors();
app.UseNetworkEdge();
app.UseCompression();
app.UseApiDocumentation();
app.UseAuthentication();
app.UseAuthorization();
app.MapControllers();

app.Run();
return 0;
