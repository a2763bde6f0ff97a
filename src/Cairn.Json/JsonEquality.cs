namespace Cairn.Json;

/// <summary>Deep structural equality: numbers by numeric value, objects regardless of member order.</summary>
public static class JsonEquality
{
    public static bool DeepEquals(JValue a, JValue b)
    {
        if (ReferenceEquals(a, b))
        {
            return true;
        }

        if (a.Kind != b.Kind)
        {
            return false;
        }

        switch (a)
        {
            case JNull:
                return true;
            case JBool x:
                return x.Value == ((JBool)b).Value;
            case JNumber x:
                return x.NumericEquals((JNumber)b);
            case JString x:
                return string.Equals(x.Value, ((JString)b).Value, StringComparison.Ordinal);
            case JArray x:
            {
                var y = (JArray)b;
                if (x.Count != y.Count)
                {
                    return false;
                }

                for (var i = 0; i < x.Count; i++)
                {
                    if (!DeepEquals(x[i], y[i]))
                    {
                        return false;
                    }
                }

                return true;
            }

            case JObject x:
            {
                var y = (JObject)b;
                if (x.Count != y.Count)
                {
                    return false;
                }

                foreach (var member in x.Members)
                {
                    if (!y.TryGetValue(member.Key, out var other) || !DeepEquals(member.Value, other))
                    {
                        return false;
                    }
                }

                return true;
            }
        }

        return false;
    }

    public static int Hash(JValue value)
    {
        switch (value)
        {
            case JNull:
                return 0;
            case JBool b:
                return b.Value ? 1 : 2;
            case JNumber n:
                return n.DoubleValue.GetHashCode();
            case JString s:
                return StringComparer.Ordinal.GetHashCode(s.Value);
            case JArray a:
            {
                var hash = new HashCode();
                foreach (var item in a)
                {
                    hash.Add(Hash(item));
                }

                return hash.ToHashCode();
            }

            case JObject o:
            {
                // Order-independent: combine member hashes commutatively.
                var hash = 17;
                foreach (var member in o.Members)
                {
                    hash += HashCode.Combine(StringComparer.Ordinal.GetHashCode(member.Key), Hash(member.Value));
                }

                return hash;
            }
        }

        return 0;
    }
}
