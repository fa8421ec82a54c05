using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace CoreApi.Web;

/// <summary>
/// Marks a parameter as the request body for the API description (so the OpenAPI document shows it) while a
/// binder of our own reads it. Unlike <c>[FromBody]</c> with <c>[Consumes]</c>, a wrong content type or broken
/// JSON reaches the action and is answered in the contract's shape, not by routing or MVC's ProblemDetails.
/// </summary>
public sealed class RawBodyAttribute(Type binderType) : ModelBinderAttribute(binderType)
{
    public override BindingSource BindingSource => BindingSource.Body;
}
