using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace CoreApi.Web;

/// <summary>Reads a JSON body of at most 1 MiB whatever its content type; broken JSON is reported, not thrown.</summary>
public sealed class JsonDocumentBodyBinder : IModelBinder
{
    public async Task BindModelAsync(ModelBindingContext bindingContext)
    {
        var http = bindingContext.HttpContext;
        var body = await RequestBody.ReadAsync(http.Request, JsonDocumentBody.MaxBytes, http.RequestAborted);
        JsonDocumentBody model;
        try
        {
            model = new JsonDocumentBody(JsonNode.Parse(body.Span, documentOptions: new System.Text.Json.JsonDocumentOptions { MaxDepth = 32 }), null);
        }
        catch (System.Text.Json.JsonException e)
        {
            model = new JsonDocumentBody(null, e.Message);
        }

        bindingContext.Result = ModelBindingResult.Success(model);
    }
}
