using Cairn.Json;

namespace Cairn.Jsonata.Tests.Conformance;

/// <summary>Turns one case object of the suite into a <see cref="SuiteCase"/>.</summary>
internal static class CaseReader
{
    public static SuiteCase Read(string id, string group, string groupDir, JValue json, DatasetCache datasets)
    {
        try
        {
            if (json is not JObject c)
            {
                throw new InvalidDataException("a case must be a JSON object");
            }

            return new SuiteCase(
                id,
                group,
                Expression(c, groupDir),
                Input(c, datasets),
                Bindings(c),
                Expectation(c),
                OptionalInt(c, "timelimit"),
                OptionalInt(c, "depth"));
        }
        catch (Exception e) when (e is InvalidDataException or IOException)
        {
            return SuiteCase.Unreadable(id, group, e.Message);
        }
    }

    private static string Expression(JObject c, string groupDir)
    {
        if (c.TryGetValue("expr", out var expr))
        {
            return expr is JString s ? s.Value : throw new InvalidDataException("'expr' must be a string");
        }

        if (c.TryGetValue("expr-file", out var file) && file is JString fileName)
        {
            return File.ReadAllText(Path.Combine(groupDir, fileName.Value));
        }

        throw new InvalidDataException("the case has neither 'expr' nor 'expr-file'");
    }

    /// <summary><c>data</c> as given (JSON null stays null); otherwise the named dataset; a null dataset is undefined.</summary>
    private static JValue? Input(JObject c, DatasetCache datasets)
    {
        if (c.TryGetValue("data", out var data))
        {
            return data;
        }

        if (c.TryGetValue("dataset", out var dataset) && dataset is JString name)
        {
            return datasets.Get(name.Value);
        }

        return null;
    }

    private static IReadOnlyDictionary<string, JValue> Bindings(JObject c)
    {
        var bindings = new Dictionary<string, JValue>(StringComparer.Ordinal);
        if (c.TryGetValue("bindings", out var value) && value is JObject members)
        {
            foreach (var member in members.Members)
            {
                bindings[member.Key] = member.Value;
            }
        }

        return bindings;
    }

    private static CaseExpectation Expectation(JObject c)
    {
        if (c.TryGetValue("undefinedResult", out var undefined) && undefined is JBool { Value: true })
        {
            return new CaseExpectation.Undefined();
        }

        if (c.TryGetValue("result", out var result))
        {
            var unordered = c.TryGetValue("unordered", out var u) && u is JBool { Value: true };
            return new CaseExpectation.Result(result, unordered);
        }

        if (c.TryGetValue("code", out var code) && code is JString codeText)
        {
            return new CaseExpectation.Error(codeText.Value, OptionalString(c, "token"), null, null);
        }

        if (c.TryGetValue("error", out var error) && error is JObject e && e.TryGetValue("code", out var errorCode) && errorCode is JString errorCodeText)
        {
            var token = OptionalString(e, "token") ?? OptionalString(e, "functionName");
            return new CaseExpectation.Error(errorCodeText.Value, token, OptionalString(e, "message"), e.TryGetValue("value", out var v) ? v : null);
        }

        throw new InvalidDataException("the case has none of 'result', 'undefinedResult', 'code' or 'error'");
    }

    private static string? OptionalString(JObject c, string name) =>
        c.TryGetValue(name, out var value) && value is JString s ? s.Value : null;

    private static int? OptionalInt(JObject c, string name)
    {
        if (!c.TryGetValue(name, out var value))
        {
            return null;
        }

        return value is JNumber { IsIntegral: true } n
            ? checked((int)n.IntegerValue)
            : throw new InvalidDataException($"'{name}' must be an integer, not {value.ToJson()}");
    }
}
