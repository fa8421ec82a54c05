using System.Text.Json;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace CoreApi.Auth;

/// <summary>Marks the logout body for the API description; <see cref="LogoutRequestBinder"/> reads it.</summary>
public sealed class LogoutBodyAttribute() : ModelBinderAttribute(typeof(LogoutRequestBinder))
{
    public override BindingSource BindingSource => BindingSource.Form;
}
