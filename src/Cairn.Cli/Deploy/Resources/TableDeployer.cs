using Cairn.Json;

namespace Cairn.Cli.Deploy.Resources;

/// <summary>
/// <c>AWS::DynamoDB::Table</c> (the CreateTable settings CloudFormation passes on: <c>KeySchema</c>,
/// <c>AttributeDefinitions</c>, <c>BillingMode</c>, <c>ProvisionedThroughput</c>, secondary indexes,
/// <c>StreamSpecification</c>, <c>SSESpecification</c>, <c>TableClass</c>, <c>Tags</c>,
/// <c>TimeToLiveSpecification</c>) and <c>AWS::Serverless::SimpleTable</c> (<c>PrimaryKey</c>), at
/// DynamoDB's configured endpoint. A table of that name is reused; a new one is waited for until ACTIVE.
/// </summary>
internal sealed class TableDeployer : IResourceDeployer
{
    private static readonly string[] Passed =
    [
        "AttributeDefinitions", "KeySchema", "BillingMode", "ProvisionedThroughput", "GlobalSecondaryIndexes", "LocalSecondaryIndexes",
        "SSESpecification", "TableClass", "Tags", "DeletionProtectionEnabled", "OnDemandThroughput",
    ];

    private static readonly TimeSpan ActiveTimeout = TimeSpan.FromMinutes(10);

    public IReadOnlyList<string> Types { get; } = ["AWS::DynamoDB::Table", "AWS::Serverless::SimpleTable"];

    public IReadOnlySet<string> Properties { get; } = new HashSet<string>([.. Passed, "TableName", "StreamSpecification", "TimeToLiveSpecification", "PrimaryKey"], StringComparer.Ordinal);

    public async Task<DeployedResource> DeployAsync(ResourceContext context, CancellationToken cancellationToken)
    {
        var name = context.String("TableName") ?? PhysicalNames.Generate(context.Stack.StackName, context.LogicalId, 255);
        var dynamodb = context.Stack.Services;
        string action;
        JObject table;
        try
        {
            table = (JObject)(await dynamodb.CallAsync("dynamodb", "DescribeTable", JObject.Create(("TableName", name)), cancellationToken).ConfigureAwait(false))["Table"]!;
            action = "REUSE";
        }
        catch (ServiceCallException e) when (e.Code == "ResourceNotFoundException")
        {
            var input = context.Resource.Type == "AWS::Serverless::SimpleTable" ? SimpleTable(context, name) : Table(context, name);
            await dynamodb.CallAsync("dynamodb", "CreateTable", input, cancellationToken).ConfigureAwait(false);
            table = await WaitUntilActiveAsync(dynamodb, name, cancellationToken).ConfigureAwait(false);
            if (context.Object("TimeToLiveSpecification") is { } ttl)
            {
                await dynamodb.CallAsync("dynamodb", "UpdateTimeToLive", JObject.Create(("TableName", name), ("TimeToLiveSpecification", ttl)), cancellationToken).ConfigureAwait(false);
            }

            action = "CREATE";
        }

        var attributes = new Dictionary<string, JValue> { ["Arn"] = table["TableArn"] ?? throw context.Error("DynamoDB answered without a TableArn") };
        if (table["LatestStreamArn"] is { } stream)
        {
            attributes["StreamArn"] = stream;
        }

        return new DeployedResource(context.LogicalId, context.Resource.Type, new JString(name), attributes, action);
    }

    private static JObject Table(ResourceContext context, string name)
    {
        var input = new JObjectBuilder().Set("TableName", name);
        foreach (var property in Passed)
        {
            if (context.Property(property) is { } value)
            {
                input.Set(property, value);
            }
        }

        if (context.Object("StreamSpecification") is { } streams)
        {
            input.Set("StreamSpecification", streams.With("StreamEnabled", JBool.True));
        }

        return input.Build();
    }

    private static JObject SimpleTable(ResourceContext context, string name)
    {
        var key = context.Object("PrimaryKey");
        var keyName = key?["Name"] is JString n ? n.Value : "id";
        var keyType = (key?["Type"] is JString t ? t.Value : "String") switch
        {
            "String" => "S",
            "Number" => "N",
            "Binary" => "B",
            var other => throw context.Error($"PrimaryKey/Type must be String, Number or Binary, not '{other}'"),
        };
        var input = new JObjectBuilder()
            .Set("TableName", name)
            .Set("AttributeDefinitions", JArray.Create([JObject.Create(("AttributeName", keyName), ("AttributeType", keyType))]))
            .Set("KeySchema", JArray.Create([JObject.Create(("AttributeName", keyName), ("KeyType", "HASH"))]));
        if (context.Object("ProvisionedThroughput") is { } throughput)
        {
            input.Set("ProvisionedThroughput", throughput);
        }
        else
        {
            input.Set("BillingMode", "PAY_PER_REQUEST");
        }

        if (context.Object("SSESpecification") is { } sse)
        {
            input.Set("SSESpecification", sse);
        }

        return input.Build();
    }

    private static async Task<JObject> WaitUntilActiveAsync(ServiceCalls dynamodb, string name, CancellationToken cancellationToken)
    {
        var deadline = DateTime.UtcNow + ActiveTimeout;
        while (true)
        {
            var table = (JObject)(await dynamodb.CallAsync("dynamodb", "DescribeTable", JObject.Create(("TableName", name)), cancellationToken).ConfigureAwait(false))["Table"]!;
            if (table["TableStatus"] is not JString { Value: "CREATING" })
            {
                return table;
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new CliException($"DynamoDB table {name} is still CREATING after {ActiveTimeout.TotalMinutes} minutes");
            }

            await Task.Delay(TimeSpan.FromSeconds(1), cancellationToken).ConfigureAwait(false);
        }
    }
}
