using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace CoreApi.Auth;

/// <summary>Marks the form-encoded token request for the API description; <see cref="OAuthTokenRequestBinder"/> reads it.</summary>
public sealed class FormBodyAttribute() : ModelBinderAttribute(typeof(OAuthTokenRequestBinder))
{
    public override BindingSource BindingSource => BindingSource.Form;
}
