using System.Text.Encodings.Web;
using System.Text.Json;

namespace CoreApi.Processes;

/// <summary>
/// The process wire types' serialisation: build-time generated code, with only the escaping JSON requires, so that
/// FFmpeg arguments read as written (<c>level+info</c>, not <c>level\u002Binfo</c>). Answers are
/// <c>application/json</c>, never HTML, so characters such as <c>&lt;</c> need no escaping for safety.
/// </summary>
public static class ProcessJson
{
    public static ProcessJsonContext Wire { get; } = new(new JsonSerializerOptions(ProcessJsonContext.Default.Options)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });
}
