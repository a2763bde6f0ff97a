using System.Globalization;
using System.Text.Json.Nodes;
using Cairn.Integrations.Lambda;

namespace Cairn.Server.Lambda;

/// <summary>Lambda's response shapes (<c>FunctionConfiguration</c>, <c>AliasConfiguration</c>), written in one place.</summary>
public static class LambdaShapes
{
    /// <summary>A function version's configuration as GetFunctionConfiguration, CreateFunction and the listings return it.</summary>
    public static JsonObject Configuration(FunctionConfiguration function)
    {
        var json = new JsonObject
        {
            ["FunctionName"] = function.FunctionName,
            ["FunctionArn"] = function.Version == FunctionConfiguration.Latest ? function.FunctionArn : function.QualifiedArn,
            ["Runtime"] = function.Runtime,
            ["Role"] = function.Role,
            ["Handler"] = function.Handler,
            ["CodeSize"] = function.CodeSize,
            ["Description"] = function.Description,
            ["Timeout"] = function.Timeout,
            ["MemorySize"] = function.MemorySize,
            ["LastModified"] = LastModified(function.LastModified),
            ["CodeSha256"] = function.CodeSha256,
            ["Version"] = function.Version,
        };
        if (function.Environment.Count > 0)
        {
            json["Environment"] = new JsonObject { ["Variables"] = StringMap(function.Environment) };
        }

        json["TracingConfig"] = new JsonObject { ["Mode"] = function.TracingMode };
        json["RevisionId"] = function.RevisionId;
        json["State"] = function.State;
        json["LastUpdateStatus"] = function.LastUpdateStatus;
        json["PackageType"] = function.PackageType;
        json["Architectures"] = new JsonArray(function.Architectures.Select(a => (JsonNode)JsonValue.Create(a)).ToArray());
        json["EphemeralStorage"] = new JsonObject { ["Size"] = function.EphemeralStorageSize };
        json["SnapStart"] = new JsonObject { ["ApplyOn"] = "None", ["OptimizationStatus"] = "Off" };
        json["LoggingConfig"] = new JsonObject { ["LogFormat"] = "Text", ["LogGroup"] = "/aws/lambda/" + function.FunctionName };
        return json;
    }

    public static JsonObject Alias(FunctionAlias alias)
    {
        var json = new JsonObject
        {
            ["AliasArn"] = alias.AliasArn,
            ["Name"] = alias.Name,
            ["FunctionVersion"] = alias.FunctionVersion,
            ["Description"] = alias.Description,
        };
        if (alias.AdditionalVersionWeights.Count > 0)
        {
            var weights = new JsonObject();
            foreach (var (version, weight) in alias.AdditionalVersionWeights)
            {
                weights[version] = weight;
            }

            json["RoutingConfig"] = new JsonObject { ["AdditionalVersionWeights"] = weights };
        }

        json["RevisionId"] = alias.RevisionId;
        return json;
    }

    public static JsonObject StringMap(IReadOnlyDictionary<string, string> map)
    {
        var json = new JsonObject();
        foreach (var (key, value) in map)
        {
            json[key] = value;
        }

        return json;
    }

    /// <summary>Lambda's timestamp format: <c>2024-02-28T07:47:12.123+0000</c>.</summary>
    public static string LastModified(DateTimeOffset time) => time.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss.fff'+0000'", CultureInfo.InvariantCulture);
}
