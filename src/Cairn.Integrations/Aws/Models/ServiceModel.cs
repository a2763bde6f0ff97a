using System.Text;

namespace Cairn.Integrations.Aws.Models;

/// <summary>
/// A service model (botocore's <c>service-2.json</c>): the service's metadata, operations and
/// shapes, from which the protocols serialise requests and parse responses.
/// </summary>
public sealed class ServiceModel
{
    internal ServiceModel(string serviceId, IReadOnlyDictionary<string, Operation> operations, IReadOnlyDictionary<string, Shape> shapes)
    {
        ServiceId = serviceId;
        Operations = operations;
        Shapes = shapes;
        ClassName = PascalCase(serviceId);
        SdkName = ClassName.ToLowerInvariant();
        foreach (var (name, operation) in operations)
        {
            _operationsIgnoringCase.TryAdd(name, operation);
        }

        foreach (var shape in shapes.Values)
        {
            if (shape.IsException)
            {
                _errors.TryAdd(shape.Name, shape);
                if (shape.ErrorCode is { } code)
                {
                    _errors.TryAdd(code, shape);
                }
            }
        }
    }

    private readonly Dictionary<string, Operation> _operationsIgnoringCase = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, Shape> _errors = new(StringComparer.Ordinal);

    /// <summary>The model's <c>serviceId</c> (<c>SFN</c>, <c>Secrets Manager</c>).</summary>
    public string ServiceId { get; }

    /// <summary>The service's class name in AWS's SDKs: the service id in PascalCase (<c>Sfn</c>, <c>SecretsManager</c>, <c>DynamoDb</c>); the prefix of the <c>aws-sdk</c> integration's error names.</summary>
    public string ClassName { get; }

    /// <summary>The name in <c>arn:aws:states:::aws-sdk:NAME:action</c>: the class name in lower case (<c>sfn</c>, <c>secretsmanager</c>).</summary>
    public string SdkName { get; }

    public required string Protocol { get; init; }

    public required string ApiVersion { get; init; }

    public required string EndpointPrefix { get; init; }

    /// <summary>The service name in signatures (<c>signingName</c>, else the endpoint prefix).</summary>
    public required string SigningName { get; init; }

    public string? JsonVersion { get; init; }

    public string? TargetPrefix { get; init; }

    /// <summary>The region of a service with one global endpoint (IAM: us-east-1).</summary>
    public string? GlobalEndpoint { get; init; }

    /// <summary>A JSON service that still reports query-protocol error codes (SQS).</summary>
    public bool AwsQueryCompatible { get; init; }

    public string? XmlNamespace { get; init; }

    public IReadOnlyDictionary<string, Operation> Operations { get; }

    public IReadOnlyDictionary<string, Shape> Shapes { get; }

    /// <summary>An operation by name, in any case (<c>getObject</c> finds <c>GetObject</c>).</summary>
    public Operation? FindOperation(string name) => _operationsIgnoringCase.GetValueOrDefault(name);

    /// <summary>The modelled error shape of an error code, by shape name or wire code.</summary>
    public Shape? FindError(string code) => _errors.GetValueOrDefault(code);

    /// <summary>
    /// AWS's SDK class naming of a service id: split into words (at spaces, punctuation, and case
    /// changes such as <c>DynamoDB</c> → <c>Dynamo</c>, <c>DB</c>), each capitalised with the rest in
    /// lower case (<c>SFN</c> → <c>Sfn</c>, <c>CloudWatch Logs</c> → <c>CloudWatchLogs</c>).
    /// </summary>
    public static string PascalCase(string serviceId)
    {
        var words = new List<string>();
        var current = new StringBuilder();
        for (var i = 0; i < serviceId.Length; i++)
        {
            var c = serviceId[i];
            if (!char.IsAsciiLetterOrDigit(c))
            {
                Flush();
                continue;
            }

            if (current.Length > 0 && char.IsAsciiLetterUpper(c))
            {
                var previous = current[^1];
                var nextIsLower = i + 1 < serviceId.Length && char.IsAsciiLetterLower(serviceId[i + 1]);
                if (char.IsAsciiLetterLower(previous) || (char.IsAsciiLetterUpper(previous) && nextIsLower))
                {
                    Flush();
                }
            }

            current.Append(c);
        }

        Flush();
        var result = new StringBuilder(serviceId.Length);
        foreach (var word in words)
        {
            result.Append(char.ToUpperInvariant(word[0])).Append(word[1..].ToLowerInvariant());
        }

        return result.ToString();

        void Flush()
        {
            if (current.Length > 0)
            {
                words.Add(current.ToString());
                current.Clear();
            }
        }
    }

    public override string ToString() => $"{ServiceId} ({Protocol}, {ApiVersion})";
}
