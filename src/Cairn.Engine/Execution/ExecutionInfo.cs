using Cairn.Json;

namespace Cairn.Engine.Execution;

/// <summary>
/// What an execution is: its identity and input, fixed when it starts. <see cref="InputText"/> is
/// the input exactly as it was sent, which ExecutionStarted reports verbatim.
/// <see cref="TaskTokens"/> issues the execution's task tokens (without it, tokens come from its entropy source).
/// <see cref="LogFormat"/> is the format of its log, which decides the rules of its steps (<see cref="Execution.LogFormat"/>).
/// </summary>
public sealed record ExecutionInfo(
    string ExecutionArn,
    string Name,
    string StateMachineArn,
    string StateMachineName,
    string RoleArn,
    DateTimeOffset StartTime,
    JValue Input,
    string Region = "us-east-1",
    string? TestCase = null,
    int RedriveCount = 0,
    string? InputText = null,
    bool IsExpress = false,
    Callbacks.TaskTokenCodec? TaskTokens = null,
    int LogFormat = Execution.LogFormat.Current);
