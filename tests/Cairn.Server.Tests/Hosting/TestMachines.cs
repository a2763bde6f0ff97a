using Cairn.Engine.Hosting;
using Cairn.Engine.Storage;
using Cairn.Json;

namespace Cairn.Server.Tests.Hosting;

/// <summary>A state machine <c>m</c> in a store, and requests to start executions of it, for driving the durable host directly.</summary>
internal static class TestMachines
{
    public const string MachineArn = "arn:aws:states:us-east-1:123456789012:stateMachine:m";

    public static StateMachineRecord Create(InMemoryStore store, string definition)
    {
        var now = DateTimeOffset.UtcNow;
        var machine = new StateMachineRecord(MachineArn, "m", StateMachineKind.STANDARD, now,
            new StateMachineRevision(Guid.NewGuid().ToString(), MachineArn, definition, "arn:aws:iam::123456789012:role/r", "{}", "{}", null, now));
        Assert.True(store.TryCreate(machine, []));
        return machine;
    }

    public static ExecutionStartRequest Start(StateMachineRecord machine, string name, string input) =>
        new(machine, StateMachineCompiler.TryCompile(machine.Revision.Definition, Asl.Validation.ValidationOptions.Standard, out _)!,
            $"arn:aws:states:us-east-1:123456789012:execution:m:{name}", name, JValue.Parse(input), input);
}
