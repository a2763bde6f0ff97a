namespace Cairn.Conformance.Tests.Normalisation;

/// <summary>
/// The subset of <c>jsonpath_ng.ext</c> the recorded transformers use: <c>$</c>, <c>.name</c>, <c>..name</c>,
/// <c>[N]</c>, <c>[*]</c>. <c>..</c> binds loosest (<c>$..a.b[4].c</c> = descendants of <c>$</c> matching
/// <c>a.b[4].c</c>), and descendant matches come in jsonpath_ng's order (a node's own matches before
/// those of its children), which decides reference numbering.
/// </summary>
public sealed class JsonPath
{
    private readonly List<List<Step>> _chains;

    private JsonPath(List<List<Step>> chains) => _chains = chains;

    public static JsonPath Parse(string expression)
    {
        var text = expression.Trim();
        if (!text.StartsWith('$'))
        {
            throw new FormatException($"JSONPath must start with '$': {expression}");
        }

        var chains = new List<List<Step>> { new() };
        var i = 1;
        while (i < text.Length)
        {
            if (text[i] == '.' && i + 1 < text.Length && text[i + 1] == '.')
            {
                chains.Add([]);
                i += 2;
                i = ReadName(text, i, chains[^1]);
            }
            else if (text[i] == '.')
            {
                i = ReadName(text, i + 1, chains[^1]);
            }
            else if (text[i] == '[')
            {
                var end = text.IndexOf(']', i);
                var inner = text[(i + 1)..end].Trim();
                chains[^1].Add(inner == "*" ? new Step(StepKind.Wildcard, null, 0) : new Step(StepKind.Index, null, int.Parse(inner, System.Globalization.CultureInfo.InvariantCulture)));
                i = end + 1;
            }
            else
            {
                throw new FormatException($"Unsupported JSONPath syntax at {i}: {expression}");
            }
        }

        return new JsonPath(chains);
    }

    private static int ReadName(string text, int i, List<Step> chain)
    {
        var start = i;
        while (i < text.Length && text[i] != '.' && text[i] != '[')
        {
            i++;
        }

        var name = text[start..i];
        if (name.Length >= 2 && (name[0] == '\'' || name[0] == '"') && name[^1] == name[0])
        {
            name = name[1..^1];
        }

        chain.Add(name == "*" ? new Step(StepKind.AllFields, null, 0) : new Step(StepKind.Field, name, 0));
        return i;
    }

    public List<JsonPathMatch> Find(object? root)
    {
        var current = ApplyChain(_chains[0], new JsonPathMatch(root, null, null, -1));
        for (var c = 1; c < _chains.Count; c++)
        {
            var next = new List<JsonPathMatch>();
            foreach (var m in current)
            {
                Descend(_chains[c], m, next);
            }

            current = next;
        }

        return current;
    }

    /// <summary>In place: every match is set to <paramref name="replacement"/>.</summary>
    public void Update(object? root, object? replacement)
    {
        foreach (var m in Find(root))
        {
            m.Set(replacement);
        }
    }

    private static void Descend(List<Step> chain, JsonPathMatch node, List<JsonPathMatch> results)
    {
        results.AddRange(ApplyChain(chain, node));
        switch (node.Value)
        {
            case List<object?> list:
                for (var i = 0; i < list.Count; i++)
                {
                    Descend(chain, new JsonPathMatch(list[i], list, null, i), results);
                }

                break;
            case OrderedDictionary<string, object?> dict:
                foreach (var (k, v) in dict.ToList())
                {
                    Descend(chain, new JsonPathMatch(v, dict, k, -1), results);
                }

                break;
        }
    }

    private static List<JsonPathMatch> ApplyChain(List<Step> chain, JsonPathMatch start)
    {
        var current = new List<JsonPathMatch> { start };
        foreach (var step in chain)
        {
            var next = new List<JsonPathMatch>();
            foreach (var m in current)
            {
                switch (step.Kind)
                {
                    case StepKind.Field when m.Value is OrderedDictionary<string, object?> dict && dict.TryGetValue(step.Name!, out var v):
                        next.Add(new JsonPathMatch(v, dict, step.Name, -1));
                        break;
                    case StepKind.Index when m.Value is List<object?> list && step.Index >= 0 && step.Index < list.Count:
                        next.Add(new JsonPathMatch(list[step.Index], list, null, step.Index));
                        break;
                    case StepKind.Wildcard when m.Value is List<object?> list:
                        for (var i = 0; i < list.Count; i++)
                        {
                            next.Add(new JsonPathMatch(list[i], list, null, i));
                        }

                        break;
                    case StepKind.AllFields when m.Value is OrderedDictionary<string, object?> all:
                        foreach (var (k, v) in all)
                        {
                            next.Add(new JsonPathMatch(v, all, k, -1));
                        }

                        break;
                    case StepKind.Wildcard when m.Value is not null:
                        // jsonpath_ng treats a non-list under [*] as a one-element list.
                        next.Add(m);
                        break;
                }
            }

            current = next;
        }

        return current;
    }

    private enum StepKind
    {
        Field,
        Index,
        Wildcard,
        AllFields,
    }

    private sealed record Step(StepKind Kind, string? Name, int Index);
}
