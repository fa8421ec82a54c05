namespace CoreApi.Controllers;

/// <summary>Only admins may call this, even with GET (it shows or changes the server itself).</summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method)]
public sealed class AdminOnlyAttribute : Attribute;

/// <summary>Changes state although its method is GET (so <c>api.read_only</c> refuses it).</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class MutatesAttribute : Attribute;
