namespace CoreApi.Auth;

/// <summary>Changes state although its method is GET (so <c>api.read_only</c> refuses it).</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class MutatesAttribute : Attribute;
