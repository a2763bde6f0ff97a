namespace Cairn.Conformance.Tests.Normalisation;

/// <summary>
/// Removes the test's <c>skip_snapshot_verify_paths</c> (what LocalStack itself does not verify): dict entries
/// matched by a path are deleted; list elements matched by index are removed after all paths are processed.
/// Optional: the values at those paths are still AWS truth.
/// </summary>
public static class SkipPathRemoval
{
    public static void Apply(object? root, IEnumerable<string> paths)
    {
        var listRemovals = new List<(List<object?> List, int Index)>();
        foreach (var path in paths)
        {
            if (path == "<all>")
            {
                continue;
            }

            foreach (var match in JsonPath.Parse(path).Find(root))
            {
                if (match.Parent is OrderedDictionary<string, object?>)
                {
                    match.Remove();
                }
                else if (match.Parent is List<object?> list)
                {
                    listRemovals.Add((list, match.Index));
                }
            }
        }

        foreach (var group in listRemovals.GroupBy(r => r.List))
        {
            foreach (var index in group.Select(g => g.Index).Distinct().OrderByDescending(i => i))
            {
                group.Key.RemoveAt(index);
            }
        }
    }
}
