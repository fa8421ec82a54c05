using CoreApi.Extensions;

var builder = WebApplication.CreateBuilder(args);
builder.AddCoreConfiguration(args);

builder.Services
    .AddCoreOptions(builder.Configuration)
    .AddApiErrors()
    .AddTokenAuthentication()
    .AddCoreApplication()
    .AddApiDocumentation();

var app = builder.Build();

app.UseApiErrors();
app.UseApiDocumentation();
app.UseAuthentication();
app.UseAuthorization();
app.MapControllers();

app.Run();
