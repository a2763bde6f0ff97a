using Cairn.Asl.Data;
using Cairn.Asl.Intrinsics;
using Cairn.Asl.Model;
using Cairn.Asl.Paths;
using Cairn.Asl.Validation;
using Cairn.Json;

namespace Cairn.Asl.Parsing;

/// <summary>Field readers shared by all state types.</summary>
public static partial class DefinitionParser
{
    private static readonly JsonPath RootPath = JsonPath.Parse("$");

    private static ResultHandling ParseHandling(JObject obj, string location, string? parametersField, QueryLanguage language)
    {
        if (language == QueryLanguage.JSONata)
        {
            return ResultHandling.Default;
        }

        var parameters = parametersField is null ? null : OptionalTemplate(obj, parametersField, location);
        var selector = OptionalTemplate(obj, "ResultSelector", location);
        var resultPathIsNull = obj.TryGetValue("ResultPath", out var rp) && rp is JNull;
        var resultPath = OptionalPath(obj, "ResultPath", location);
        if (parameters is null && selector is null && resultPath is null && !resultPathIsNull)
        {
            return ResultHandling.Default;
        }

        return new ResultHandling(parameters, selector, resultPathIsNull ? null : resultPath, resultPathIsNull);
    }

    private static ErrorHandling ParseErrorHandling(JObject obj, string location, QueryLanguage language)
    {
        var retry = new List<Retrier>();
        if (obj.TryGetValue("Retry", out var retryValue) && retryValue is JArray retryArray)
        {
            for (var i = 0; i < retryArray.Count; i++)
            {
                var at = $"{location}/Retry/{i}";
                var r = retryArray[i] as JObject ?? throw Error(at, "A retrier must be an object");
                var jitter = OptionalString(r, "JitterStrategy") == "FULL" ? JitterStrategy.FULL : JitterStrategy.NONE;
                retry.Add(new Retrier(
                    ErrorList(r, at),
                    r.TryGetValue("IntervalSeconds", out var iv) && iv is JNumber ivn ? ivn.DoubleValue : 1,
                    r.TryGetValue("MaxAttempts", out var ma) && ma is JNumber man ? (int)man.IntegerValue : 3,
                    r.TryGetValue("BackoffRate", out var br) && br is JNumber brn ? brn.DoubleValue : 2.0,
                    r.TryGetValue("MaxDelaySeconds", out var md) && md is JNumber mdn ? (int)mdn.IntegerValue : null,
                    jitter,
                    OptionalString(r, "Comment")));
            }
        }

        var catchers = new List<Catcher>();
        if (obj.TryGetValue("Catch", out var catchValue) && catchValue is JArray catchArray)
        {
            for (var i = 0; i < catchArray.Count; i++)
            {
                var at = $"{location}/Catch/{i}";
                var c = catchArray[i] as JObject ?? throw Error(at, "A catcher must be an object");
                if (language == QueryLanguage.JSONata)
                {
                    catchers.Add(new Catcher(
                        ErrorList(c, at),
                        RequireString(c, "Next", at),
                        RootPath,
                        false,
                        null,
                        OptionalString(c, "Comment"),
                        ParseJsonataHandling(c, at, $"Catch[{i}]/", arguments: false)));
                    continue;
                }

                var resultPathIsNull = c.TryGetValue("ResultPath", out var rp) && rp is JNull;
                catchers.Add(new Catcher(
                    ErrorList(c, at),
                    RequireString(c, "Next", at),
                    resultPathIsNull ? null : OptionalPath(c, "ResultPath", at),
                    resultPathIsNull,
                    OptionalTemplate(c, "Assign", at),
                    OptionalString(c, "Comment")));
            }
        }

        return retry.Count == 0 && catchers.Count == 0 ? ErrorHandling.None : new ErrorHandling(retry, catchers);
    }

    private static string[] ErrorList(JObject obj, string location)
    {
        var list = Require(obj, "ErrorEquals", location) as JArray ?? throw Error(location + "/ErrorEquals", "ErrorEquals must be an array");
        var errors = new string[list.Count];
        for (var i = 0; i < errors.Length; i++)
        {
            errors[i] = list[i] is JString s ? s.Value : throw Error($"{location}/ErrorEquals/{i}", "An error name must be a string");
        }

        return errors;
    }

    /// <summary>Reads <c>Name</c> or <c>NamePath</c>; in a JSONata state, <c>Name</c> as a literal or an expression.</summary>
    private static ValueSource? ParseSource(JObject obj, string name, string location, QueryLanguage language, bool allowIntrinsic = false)
    {
        if (language == QueryLanguage.JSONata)
        {
            return JsonataSource(obj, name, location);
        }

        if (obj.TryGetValue(name, out var literal))
        {
            return ValueSource.FromLiteral(name, literal);
        }

        var pathField = StateFieldRules.PathVariant(name);
        if (!obj.TryGetValue(pathField, out var pathValue))
        {
            return null;
        }

        if (pathValue is not JString pathText)
        {
            throw Error($"{location}/{pathField}", $"{pathField} must be a string");
        }

        if (allowIntrinsic && IntrinsicFunction.LooksLikeCall(pathText.Value))
        {
            return ValueSource.FromIntrinsic(pathField, new IntrinsicExpression(Compile(() => IntrinsicFunction.Parse(pathText.Value), $"{location}/{pathField}")));
        }

        return ValueSource.FromPath(pathField, Compile(() => JsonPath.Parse(pathText.Value), $"{location}/{pathField}"));
    }

    /// <summary>A path field: absent → <c>$</c>; JSON null → null.</summary>
    private static JsonPath? OptionalPath(JObject obj, string name, string location)
    {
        if (!obj.TryGetValue(name, out var value))
        {
            return RootPath;
        }

        return value switch
        {
            JNull => null,
            JString s => Compile(() => JsonPath.Parse(s.Value), $"{location}/{name}"),
            _ => throw Error($"{location}/{name}", $"{name} must be a string or null"),
        };
    }

    /// <summary>A payload template; which JSON types a field takes is the validator's rule, not repeated here.</summary>
    private static PayloadTemplate? OptionalTemplate(JObject obj, string name, string location) =>
        obj.TryGetValue(name, out var value) ? Compile(() => PayloadTemplate.Compile(value), $"{location}/{name}") : null;

    private static T Compile<T>(Func<T> compile, string location)
    {
        try
        {
            return compile();
        }
        catch (AslSyntaxException e)
        {
            throw Error(location, e.Message);
        }
    }

    private static QueryLanguage ParseQueryLanguage(JValue value, string location) => value switch
    {
        JString { Value: "JSONPath" } => QueryLanguage.JSONPath,
        JString { Value: "JSONata" } => QueryLanguage.JSONata,
        _ => throw Error(location, "QueryLanguage must be JSONPath or JSONata"),
    };

    private static JValue Require(JObject obj, string name, string location) =>
        obj.TryGetValue(name, out var value) ? value : throw Error(location, $"These fields are required: [{name}]");

    private static string RequireString(JObject obj, string name, string location) =>
        Require(obj, name, location) is JString s ? s.Value : throw Error($"{location}/{name}", $"{name} must be a string");

    private static string? OptionalString(JObject obj, string name) => obj.TryGetValue(name, out var v) && v is JString s ? s.Value : null;

    private static DefinitionException Error(string location, string message, string code = DiagnosticCodes.SchemaValidationFailed) =>
        new(new[] { new Diagnostic(code, message, location.Length == 0 ? "/" : location) });
}
