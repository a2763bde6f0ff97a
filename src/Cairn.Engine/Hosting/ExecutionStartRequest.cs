using Cairn.Asl.Model;
using Cairn.Engine.Storage;
using Cairn.Json;

namespace Cairn.Engine.Hosting;

/// <summary>
/// What a durable execution is started with: the machine (with the revision to run, compiled), the
/// execution's ARN and name, its input, and the version and alias it was started through, if any.
/// </summary>
public sealed record ExecutionStartRequest(
    StateMachineRecord Machine,
    StateMachine Compiled,
    string ExecutionArn,
    string Name,
    JValue Input,
    string InputText,
    string? TestCase = null,
    string? StateMachineVersionArn = null,
    string? StateMachineAliasArn = null);
