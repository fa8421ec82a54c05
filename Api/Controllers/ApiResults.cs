using CoreApi.Contracts;
using Microsoft.AspNetCore.Mvc;

namespace CoreApi.Controllers;

/// <summary>Action results in the contract's error shape.</summary>
public static class ApiResults
{
    public static ObjectResult Error(int status, params string[] details) => Error(ApiError.For(status, details));

    public static ObjectResult Error(ApiError error) => new(error) { StatusCode = error.Code };
}
