namespace CoreApi.Filesystems;

/// <summary>A filesystem as <c>GET /api/v3/fs</c> lists it.</summary>
public sealed record FilesystemDto(string Name, string Type, string Mount);
