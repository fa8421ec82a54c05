using CoreApi.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace CoreApi.Metadata;

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
