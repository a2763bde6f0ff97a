using Cairn.Json;

namespace Cairn.Asl.Validation;

/// <summary>One state machine or nested machine (Parallel branch, Map processor) and where it sits in the document.</summary>
internal sealed record MachineScope(JObject States, string? StartAt, string Location);
