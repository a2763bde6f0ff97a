using System.Text;
using Cairn.Integrations.Aws.Models;
using Cairn.Integrations.Aws.Protocols;
using Cairn.Json;

namespace Cairn.Integrations.Aws.Tasks;

/// <summary>
/// A Task's parameters as an operation's input, as Step Functions maps them: each field is matched
/// to the member of the same name in PascalCase (<c>RestApiId</c> → <c>restApiId</c>), a field no
/// member has is refused, and a string or blob member given another JSON value gets that value as
/// JSON text (blobs get the text's bytes).
/// </summary>
public static class SdkParameters
{
    public static JObject ToInput(JValue parameters, Shape? shape, string operation)
    {
        if (shape is null)
        {
            return parameters is JObject { Count: 0 } || parameters.IsNull
                ? JObject.Empty
                : throw new AwsParameterException($"The operation {operation} takes no parameters");
        }

        if (parameters.IsNull)
        {
            return JObject.Empty;
        }

        return (JObject)Convert(parameters, shape, operation);
    }

    /// <summary>The member a PascalCase field names, or null.</summary>
    public static ShapeMember? Member(Shape shape, string field)
    {
        ShapeMember? ignoringCase = null;
        foreach (var member in shape.Members)
        {
            if (member.Name == field || (member.Name.Length == field.Length && char.ToUpperInvariant(member.Name[0]) == field[0] && string.CompareOrdinal(member.Name, 1, field, 1, field.Length - 1) == 0))
            {
                return member;
            }

            if (ignoringCase is null && string.Equals(member.Name, field, StringComparison.OrdinalIgnoreCase))
            {
                ignoringCase = member;
            }
        }

        return ignoringCase;
    }

    private static JValue Convert(JValue value, Shape shape, string where)
    {
        switch (shape.Type)
        {
            case "structure" when !shape.IsDocument:
                var fields = value as JObject ?? throw new AwsParameterException($"The value of the field '{where}' must be an object, not {value.ToJson()}");
                var builder = new JObjectBuilder(fields.Count);
                foreach (var (name, field) in fields)
                {
                    var member = Member(shape, name) ?? throw new AwsParameterException($"The field \"{name}\" is not supported by Step Functions");
                    if (!field.IsNull)
                    {
                        builder.Set(member.Name, Convert(field, member.Shape, name));
                    }
                }

                return builder.Build();
            case "list":
                if (value is not JArray list)
                {
                    throw new AwsParameterException($"The value of the field '{where}' must be an array, not {value.ToJson()}");
                }

                var items = new JValue[list.Count];
                for (var i = 0; i < items.Length; i++)
                {
                    items[i] = Convert(list[i], shape.Member!.Shape, where);
                }

                return JArray.Adopt(items);
            case "map":
                var map = value as JObject ?? throw new AwsParameterException($"The value of the field '{where}' must be an object, not {value.ToJson()}");
                var entries = new JObjectBuilder(map.Count);
                foreach (var (key, entry) in map)
                {
                    entries.Set(key, entry.IsNull ? entry : Convert(entry, shape.Value!.Shape, where));
                }

                return entries.Build();
            case "string":
                return value is JString ? value : new JString(value.ToJson());
            case "blob":
                return new JString(System.Convert.ToBase64String(Encoding.UTF8.GetBytes(value is JString s ? s.Value : value.ToJson())));
            default:
                return value;
        }
    }
}
