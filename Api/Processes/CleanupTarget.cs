using CoreApi.Filesystems;

namespace CoreApi.Processes;

/// <summary>A cleanup rule of an output with its pattern expanded: which filesystem, which files.</summary>
public sealed record CleanupTarget(IFileSystem Filesystem, GlobPattern Glob, CleanupRule Rule);
