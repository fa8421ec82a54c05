namespace CoreApi.Auth;

/// <summary>Only admins may call this, even with GET (it shows or changes the server itself).</summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method)]
public sealed class AdminOnlyAttribute : Attribute;
