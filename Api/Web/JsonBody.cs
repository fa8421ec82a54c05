using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace CoreApi.Web;

/// <summary>A request body taken as raw bytes, whatever its content type says; the application parses it.</summary>
public sealed record JsonBody(ReadOnlyMemory<byte> Utf8);
