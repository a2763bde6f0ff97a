using Cairn.Json;
using Cairn.Jsonata.Values;

namespace Cairn.Jsonata.Functions;

/// <summary>JSONata's object functions, plus <c>$error</c>, <c>$assert</c> and <c>$type</c>.</summary>
internal static class ObjectFunctions
{
    public static void Register(FunctionTable table)
    {
        table.Add("keys", "<x-:a<s>>", (_, a) => Keys(a.At(0)));
        table.Add("lookup", "<x-s:x>", (_, a) => a.StringAt(1) is { } key ? Lookup(a.At(0), key) : null);
        table.Add("spread", "<x-:a<o>>", (_, a) => Spread(a.At(0)));
        table.Add("merge", "<a<o>:o>", (_, a) => Merge(a.At(0)));
        table.Add("sift", "<o-f?:o>", (context, a) => Sift(context, a.At(0), a.At(1)));
        table.Add("each", "<o-f:a>", (context, a) => Each(context, a.At(0), a.At(1)));
        table.Add("error", "<s?:x>", (_, a) =>
            throw new JsonataException("D3137", a.StringAt(0) ?? "$error() function evaluated", token: "error"));
        table.Add("assert", "<bs?:x>", (_, a) => a.At(0) is JBool { Value: true }
            ? null
            : throw new JsonataException("D3141", a.StringAt(1) ?? "$assert() statement failed", token: "assert"));
        table.Add("type", "<x:s>", (_, a) => a.At(0) is { } value ? new JString(value.Kind.TypeName()) : null);
    }

    private static JValue? Keys(JValue? value)
    {
        var keys = new List<JValue>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        CollectKeys(value, keys, seen);
        return Sequence.From(keys);
    }

    private static void CollectKeys(JValue? value, List<JValue> keys, HashSet<string> seen)
    {
        switch (value)
        {
            case JObject obj:
                foreach (var member in obj.Members)
                {
                    if (seen.Add(member.Key))
                    {
                        keys.Add(new JString(member.Key));
                    }
                }

                break;
            case JArray array:
                foreach (var item in array)
                {
                    CollectKeys(item, keys, seen);
                }

                break;
        }
    }

    private static JValue? Lookup(JValue? value, string key)
    {
        switch (value)
        {
            case JObject obj:
                return obj[key];
            case JArray array:
                var results = new List<JValue>();
                foreach (var item in array)
                {
                    switch (Lookup(item, key))
                    {
                        case JArray many:
                            results.AddRange(many);
                            break;
                        case { } one:
                            results.Add(one);
                            break;
                    }
                }

                return Sequence.From(results);
            default:
                return null;
        }
    }

    private static JValue? Spread(JValue? value)
    {
        switch (value)
        {
            case JArray array:
                var all = new List<JValue>();
                foreach (var item in array)
                {
                    switch (Spread(item))
                    {
                        case JArray many:
                            all.AddRange(many);
                            break;
                        case { } one:
                            all.Add(one);
                            break;
                    }
                }

                return Sequence.From(all);
            case JObject obj:
                var singles = new JValue[obj.Count];
                for (var i = 0; i < obj.Count; i++)
                {
                    singles[i] = JObject.Adopt([obj[i]]);
                }

                return Sequence.Adopt(singles);
            default:
                return value;
        }
    }

    private static JObject? Merge(JValue? value)
    {
        if (value is null)
        {
            return null;
        }

        var builder = new JObjectBuilder();
        foreach (var item in value as JArray ?? JArray.Adopt([value]))
        {
            if (item is JObject obj)
            {
                foreach (var member in obj.Members)
                {
                    builder.Set(member.Key, member.Value);
                }
            }
        }

        return builder.Build();
    }

    private static JObject? Sift(FunctionContext context, JValue? value, JValue? function)
    {
        if (value is not JObject obj || function is null)
        {
            return null;
        }

        var builder = new JObjectBuilder();
        foreach (var member in obj.Members)
        {
            var verdict = context.Apply(function, CallbackArguments.For(function, member.Value, new JString(member.Key), obj));
            if (Truthiness.IsTrue(verdict))
            {
                builder.Set(member.Key, member.Value);
            }
        }

        return builder.Count == 0 ? null : builder.Build();
    }

    private static JValue? Each(FunctionContext context, JValue? value, JValue? function)
    {
        if (value is not JObject obj || function is null)
        {
            return null;
        }

        var results = new List<JValue>(obj.Count);
        foreach (var member in obj.Members)
        {
            if (context.Apply(function, CallbackArguments.For(function, member.Value, new JString(member.Key), obj)) is { } result)
            {
                results.Add(result);
            }
        }

        return Sequence.From(results);
    }
}
