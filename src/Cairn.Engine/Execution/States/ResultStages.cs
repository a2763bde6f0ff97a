using Cairn.Json;

namespace Cairn.Engine.Execution.States;

/// <summary>
/// The values a JSONPath state's result passes through: after ResultSelector, the variables
/// Assign evaluated, after ResultPath, and the state output (after OutputPath).
/// </summary>
internal readonly record struct ResultStages(JValue AfterResultSelector, JObject? Assigned, JValue AfterResultPath, JValue Output);
