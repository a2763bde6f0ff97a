using Cairn.Engine.Hosting;
using Cairn.Engine.Storage;
using Cairn.Engine.Tasks;
using Cairn.Json;

namespace Cairn.Engine.Tests.Hosting;

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

    /// <summary>A host over <paramref name="store"/> calling <paramref name="tasks"/>, with a fixed task token key (tokens survive a new host).</summary>
    public static DurableExecutionHostOptions Options(InMemoryStore store, ITaskHandler? tasks = null) => new()
    {
        Executions = store,
        Machines = store,
        Tasks = tasks ?? NoTaskHandler.Instance,
        TaskTokens = new Engine.Callbacks.TaskTokenCodec(new byte[32]),
    };

    public static ExecutionStartRequest Start(StateMachineRecord machine, string name, string input) =>
        new(machine, StateMachineCompiler.TryCompile(machine.Revision.Definition, Cairn.Asl.Validation.ValidationOptions.Standard, out _)!,
            $"arn:aws:states:us-east-1:123456789012:execution:m:{name}", name, JValue.Parse(input), input);
}
