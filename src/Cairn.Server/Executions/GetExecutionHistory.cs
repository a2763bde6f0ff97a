using System.Text.Json;
using System.Text.Json.Nodes;
using Cairn.Engine.Storage;
using Cairn.Server.Protocol;

namespace Cairn.Server.Executions;

/// <summary>GetExecutionHistory: the committed events of a Standard execution, oldest or newest first, paginated.</summary>
internal sealed class GetExecutionHistory(StepFunctionsBackend backend) : IApiAction
{
    /// <summary>The members of event details that hold execution data, left out when includeExecutionData is false.</summary>
    private static readonly string[] DataMembers = ["input", "output", "cause"];

    public string Name => "GetExecutionHistory";

    public Task<ApiResponse> HandleAsync(ApiRequest request, CancellationToken cancellationToken)
    {
        var arn = request.RequiredString("executionArn", 1, 256);
        var limit = request.PageSize();
        var reverse = request.OptionalBool("reverseOrder") ?? false;
        var includeData = request.OptionalBool("includeExecutionData") ?? true;
        var scope = $"{Name}|{arn}|{reverse}";
        var after = PageTokens.Decode(request, scope);
        Arns.RequireExecution(arn);
        if (backend.Executions.GetExecution(arn) is null)
        {
            throw ApiErrors.ExecutionDoesNotExist(arn);
        }

        var events = backend.Executions.GetEvents(arn, after, limit + 1, reverse);
        var nextToken = events.Count > limit ? PageTokens.Encode(scope, events[limit - 1].Id) : null;
        return Task.FromResult<ApiResponse>(new HistoryResponse(events.Take(limit).ToList(), includeData, nextToken));
    }

    /// <summary>Writes stored details as they are, without building a document per event.</summary>
    private sealed class HistoryResponse(IReadOnlyList<StoredEvent> events, bool includeData, string? nextToken) : ApiResponse
    {
        public override void Write(Utf8JsonWriter writer)
        {
            writer.WriteStartObject();
            writer.WriteStartArray("events");
            foreach (var e in events)
            {
                writer.WriteStartObject();
                writer.WriteNumber("timestamp", Epoch.Seconds(e.Timestamp));
                writer.WriteString("type", e.Type);
                writer.WriteNumber("id", e.Id);
                writer.WriteNumber("previousEventId", e.PreviousEventId);
                if (e.DetailsKey is not null && e.DetailsJson is not null)
                {
                    writer.WritePropertyName(e.DetailsKey);
                    if (includeData)
                    {
                        writer.WriteRawValue(e.DetailsJson, skipInputValidation: true);
                    }
                    else
                    {
                        var details = JsonNode.Parse(e.DetailsJson)!.AsObject();
                        foreach (var member in DataMembers)
                        {
                            details.Remove(member);
                        }

                        details.WriteTo(writer);
                    }
                }

                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            if (nextToken is not null)
            {
                writer.WriteString("nextToken", nextToken);
            }

            writer.WriteEndObject();
        }
    }
}
