using Cairn.Json;

namespace Cairn.Engine.Testing;

/// <summary>
/// Checks a mocked Task result against the response shape of the API the Task's resource calls
/// (service integrations and AWS SDK integrations of the services whose models are embedded):
/// the type and constraints of each field present, and in STRICT mode that the required fields
/// are there. Fields the shape does not know are allowed. Results of other resources (Lambda
/// function ARNs, activities, callbacks, .sync jobs, HTTP) are not checked.
/// </summary>
internal static class MockResultValidator
{
    private const string Prefix = "Mock result schema validation error: ";

    /// <summary>Service integration names (arn:aws:states:::NAME:action) whose SDK name differs.</summary>
    private static readonly Dictionary<string, string> IntegrationServices = new(StringComparer.Ordinal)
    {
        ["events"] = "eventbridge",
        ["states"] = "sfn",
    };

    public static void Validate(string resource, JValue result, MockResponseValidationMode mode)
    {
        if (mode == MockResponseValidationMode.NONE || OutputShape(resource) is not { } shape)
        {
            return;
        }

        Check(shape, result, null, mode == MockResponseValidationMode.STRICT);
    }

    /// <summary>The output shape of the API a request-response service integration calls, if known.</summary>
    private static ServiceShape? OutputShape(string resource)
    {
        const string StatesPrefix = "arn:aws:states:::";
        if (!resource.StartsWith(StatesPrefix, StringComparison.Ordinal) || resource.EndsWith(".waitForTaskToken", StringComparison.Ordinal) || resource.Contains(".sync", StringComparison.Ordinal))
        {
            return null;
        }

        var parts = resource[StatesPrefix.Length..].Split(':');
        string service, action;
        if (parts is ["aws-sdk", var sdkService, var sdkAction])
        {
            (service, action) = (sdkService, sdkAction);
        }
        else if (parts is [var integration, var integrationAction])
        {
            (service, action) = (IntegrationServices.GetValueOrDefault(integration, integration), integrationAction);
        }
        else
        {
            return null;
        }

        return action.Length == 0 ? null : ServiceShapeCatalog.Output(service, char.ToUpperInvariant(action[0]) + action[1..]);
    }

    private static void Check(ServiceShape shape, JValue value, string? field, bool strict)
    {
        switch (shape.Type)
        {
            case "structure":
                if (value is not JObject obj)
                {
                    throw Invalid(field, "must be an object");
                }

                foreach (var (name, member, required) in shape.Members())
                {
                    if (obj[name] is { } memberValue)
                    {
                        Check(member, memberValue, name, strict);
                    }
                    else if (required && strict)
                    {
                        throw TestStateException.Validation($"{Prefix}Required field '{name}' is missing");
                    }
                }

                break;
            case "list":
                if (value is not JArray list)
                {
                    throw Invalid(field, "must be an array");
                }

                CheckLength(shape, list.Count, field);
                foreach (var element in list)
                {
                    Check(shape.Element, element, field, strict);
                }

                break;
            case "map":
                if (value is not JObject map)
                {
                    throw Invalid(field, "must be an object");
                }

                foreach (var (_, entry) in map.Members)
                {
                    Check(shape.Element, entry, field, strict);
                }

                break;
            case "string":
                if (value is not JString text)
                {
                    throw Invalid(field, "must be a string");
                }

                if (shape.Enum is { } values && !values.Any(v => v is JString s && s.Value == text.Value))
                {
                    throw Invalid(field, "is not an expected value");
                }

                CheckLength(shape, text.Value.Length, field);
                break;
            case "timestamp":
                if (value is not JString)
                {
                    throw Invalid(field, "must be a string");
                }

                break;
            case "blob":
                // A blob travels as a (base64) string, also a Lambda Payload: AWS refuses a mocked
                // number, object or array there as it refuses one for a string member.
                if (value is not JString blob)
                {
                    throw Invalid(field, "must be a string");
                }

                CheckLength(shape, blob.Value.Length, field);
                break;
            case "boolean":
                if (value is not JBool)
                {
                    throw Invalid(field, "must be a boolean");
                }

                break;
            case "integer" or "long" or "float" or "double":
                if (value is not JNumber number)
                {
                    throw Invalid(field, "must be a number");
                }

                if (shape.Min is { } min && number.DoubleValue < min)
                {
                    throw Invalid(field, "is less than the minimum value");
                }

                if (shape.Max is { } max && number.DoubleValue > max)
                {
                    throw Invalid(field, "exceeds the maximum value");
                }

                break;
        }
    }

    private static void CheckLength(ServiceShape shape, int length, string? field)
    {
        if (shape.Min is { } min && length < min)
        {
            throw Invalid(field, "is smaller than the minimum length");
        }

        if (shape.Max is { } max && length > max)
        {
            throw Invalid(field, "exceeds the maximum length");
        }
    }

    private static TestStateException Invalid(string? field, string problem) =>
        TestStateException.Validation(field is null ? $"{Prefix}Mock result {problem}" : $"{Prefix}Field '{field}' {problem}");
}
