using CoreApi.Application;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace CoreApi.Contracts;

/// <summary>A request body taken as raw bytes, whatever its content type says; the application parses it.</summary>
public sealed record JsonBody(ReadOnlyMemory<byte> Utf8);

/// <summary>
/// Marks a parameter as the request body for the API description (so the OpenAPI document shows it) while a
/// binder of our own reads it. Unlike <c>[FromBody]</c> with <c>[Consumes]</c>, a wrong content type or broken
/// JSON reaches the action and is answered in the contract's shape, not by routing or MVC's ProblemDetails.
/// </summary>
public sealed class RawBodyAttribute(Type binderType) : ModelBinderAttribute(binderType)
{
    public override BindingSource BindingSource => BindingSource.Body;
}

/// <summary>Reads a metadata value up to <see cref="MetadataService.MaxValueBytes"/>.</summary>
public sealed class MetadataValueBinder(MetadataService metadata) : IModelBinder
{
    public async Task BindModelAsync(ModelBindingContext bindingContext)
    {
        var http = bindingContext.HttpContext;
        var body = await RequestBody.ReadAsync(http.Request, metadata.MaxValueBytes, http.RequestAborted);
        bindingContext.Result = ModelBindingResult.Success(new JsonBody(body));
    }
}
