using CoreApi.Filesystems;

namespace CoreApi.Processes;

/// <summary>
/// The cleanup rules of process outputs (CONTRACT-CORE §8.5): <c>memfs:/glob</c> or <c>diskfs:/glob</c> (also
/// <c>mem:</c>, <c>disk:</c>; other prefixes are ignored), the glob matched against full paths (<c>*</c> within a
/// directory, <c>**</c> across). Once a second each rule keeps the newest <c>max_files</c> matching files and deletes
/// those older than <c>max_file_age_seconds</c>; <c>purge_on_delete</c> deletes every matching file when the process
/// is deleted, replaced by an update, or the server shuts down gracefully. Each filesystem is listed once per pass,
/// however many rules there are.
/// </summary>
public sealed class OutputCleanup(FileSystems filesystems, Placeholders placeholders, TimeProvider time)
{
    // A config never changes (an update makes a new one): its targets, globs compiled, are made once per config.
    private readonly System.Runtime.CompilerServices.ConditionalWeakTable<ProcessConfig, IReadOnlyList<CleanupTarget>> known = [];
    private int running;

    public IReadOnlyList<CleanupTarget> Targets(ProcessConfig config) => known.GetValue(config, Build);

    private IReadOnlyList<CleanupTarget> Build(ProcessConfig config)
    {
        var targets = new List<CleanupTarget>();
        foreach (var output in config.Outputs)
        {
            var outputId = placeholders.Expand(output.Id, PlaceholderScope.IoId, config.Id, config.Reference);
            foreach (var rule in output.Cleanup)
            {
                var pattern = placeholders.Expand(rule.Pattern, PlaceholderScope.CleanupPattern, config.Id, config.Reference, outputId: outputId);
                var colon = pattern.IndexOf(':');
                if (colon <= 0 || filesystems.Get(pattern[..colon] switch { "memfs" => "mem", "diskfs" => "disk", var name => name }) is not { } fs)
                {
                    continue;
                }

                var glob = new GlobPattern(pattern[(colon + 1)..], separator: '/');
                if (glob.IsValid)
                {
                    targets.Add(new CleanupTarget(fs, glob, rule));
                }
            }
        }

        return targets;
    }

    /// <summary>One pass of <c>max_files</c> and <c>max_file_age_seconds</c> over all <paramref name="targets"/>; answers how many files it deleted.</summary>
    public int Apply(IReadOnlyList<CleanupTarget> targets)
    {
        // A pass that takes longer than a second is not joined by the next one.
        if (Interlocked.Exchange(ref running, 1) == 1)
        {
            return 0;
        }

        try
        {
            return ApplyOnce(targets);
        }
        finally
        {
            Volatile.Write(ref running, 0);
        }
    }

    private int ApplyOnce(IReadOnlyList<CleanupTarget> targets)
    {
        var now = time.GetUtcNow();
        var deleted = 0;
        foreach (var group in targets.Where(t => t.Rule.MaxFiles > 0 || t.Rule.MaxFileAgeSeconds > 0).GroupBy(t => t.Filesystem))
        {
            var files = FileGlob.SortedByName(group.Key);
            foreach (var target in group)
            {
                var matching = FileGlob.Matching(files, target.Glob).OrderByDescending(f => f.LastModified).ThenByDescending(f => f.Name, StringComparer.Ordinal).ToList();
                for (var i = 0; i < matching.Count; i++)
                {
                    var tooMany = target.Rule.MaxFiles > 0 && i >= target.Rule.MaxFiles;
                    var tooOld = target.Rule.MaxFileAgeSeconds > 0 && (now - matching[i].LastModified).TotalSeconds > target.Rule.MaxFileAgeSeconds;
                    if ((tooMany || tooOld) && group.Key.Delete(matching[i].Name))
                    {
                        deleted++;
                    }
                }
            }
        }

        return deleted;
    }

    /// <summary>Deletes every file the <c>purge_on_delete</c> rules among <paramref name="targets"/> match.</summary>
    public void Purge(IReadOnlyList<CleanupTarget> targets)
    {
        foreach (var group in targets.Where(t => t.Rule.PurgeOnDelete).GroupBy(t => t.Filesystem))
        {
            var files = FileGlob.SortedByName(group.Key);
            foreach (var file in group.SelectMany(t => FileGlob.Matching(files, t.Glob)).ToList())
            {
                group.Key.Delete(file.Name);
            }
        }
    }
}
