using Cairn.Json;

namespace Cairn.Asl.Validation;

/// <summary>
/// Checks payload templates: Parameters, ResultSelector, ItemSelector and Assign in JSONPath
/// states (where a key ending in <c>.$</c> takes a path or an intrinsic call, at any depth), and
/// Arguments/Output/Assign in JSONata states (where strings opening with <c>{%</c> must close
/// the expression and compile as JSONata). AWS reports template errors at the template field,
/// not at the nested key.
/// </summary>
internal static class PayloadTemplateChecks
{
    /// <summary>
    /// A payload template (Parameters, ResultSelector, ...) may be any JSON value, as AWS accepts it
    /// and compilation takes it; fields that must be objects (Assign) are checked with the state's
    /// other field types.
    /// </summary>
    public static void JsonPathTemplate(ValidationContext ctx, JObject state, string field, string stateLocation)
    {
        if (state.TryGetValue(field, out var value))
        {
            CheckJsonPathValue(ctx, value, JsonPointer.Child(stateLocation, field));
        }
    }

    public static void JsonataTemplate(ValidationContext ctx, JObject state, string field, string stateLocation)
    {
        if (state.TryGetValue(field, out var value))
        {
            CheckJsonataValue(ctx, value, JsonPointer.Child(stateLocation, field));
        }
    }

    private static void CheckJsonPathValue(ValidationContext ctx, JValue value, string fieldLocation)
    {
        if (value is JArray array)
        {
            foreach (var item in array)
            {
                CheckJsonPathValue(ctx, item, fieldLocation);
            }

            return;
        }

        if (value is not JObject obj)
        {
            return;
        }

        foreach (var member in obj.Members)
        {
            if (member.Key.EndsWith(".$", StringComparison.Ordinal))
            {
                if (member.Value is not JString s || !(FieldChecks.IsValidIntrinsic(s.Value) || FieldChecks.IsValidPath(s.Value, reference: false)))
                {
                    ctx.Error(fieldLocation, ValidationMessages.InvalidPathOrIntrinsic(member.Key));
                }
            }
            else
            {
                CheckJsonPathValue(ctx, member.Value, fieldLocation);
            }
        }
    }

    private static void CheckJsonataValue(ValidationContext ctx, JValue value, string fieldLocation)
    {
        switch (value)
        {
            case JArray array:
                foreach (var item in array)
                {
                    CheckJsonataValue(ctx, item, fieldLocation);
                }

                break;
            case JObject obj:
                // A ".$" key has no meaning in JSONata: it is an ordinary (literal) key there.
                foreach (var member in obj.Members)
                {
                    CheckJsonataValue(ctx, member.Value, fieldLocation);
                }

                break;
            case JString s when FieldChecks.LooksLikeJsonata(s.Value) && !FieldChecks.IsValidJsonata(s.Value):
                ctx.Error(fieldLocation, ValidationMessages.InvalidJsonata(fieldLocation[(fieldLocation.LastIndexOf('/') + 1)..]));
                break;
        }
    }
}
