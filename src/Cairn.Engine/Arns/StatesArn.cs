using System.Globalization;

namespace Cairn.Engine.Arns;

/// <summary>
/// A Step Functions ARN, parsed once: <c>arn:PARTITION:states:REGION:ACCOUNT:TYPE:PART[:PART...]</c>.
/// The one place ARNs of state machines (and their versions and aliases), executions (Standard and
/// Express), activities and Map Runs are taken apart and put together.
/// </summary>
public readonly record struct StatesArn
{
    public const string StateMachineType = "stateMachine";
    public const string ExecutionType = "execution";
    public const string ExpressType = "express";
    public const string ActivityType = "activity";
    public const string MapRunType = "mapRun";

    private readonly string[] _parts;

    private StatesArn(string value, string partition, string region, string account, string resourceType, string[] parts)
    {
        Value = value;
        Partition = partition;
        Region = region;
        Account = account;
        ResourceType = resourceType;
        _parts = parts;
    }

    /// <summary>The ARN as text.</summary>
    public string Value { get; }

    public string Partition { get; }

    public string Region { get; }

    public string Account { get; }

    /// <summary><c>stateMachine</c>, <c>execution</c>, <c>express</c>, <c>activity</c>, <c>mapRun</c>, ...</summary>
    public string ResourceType { get; }

    /// <summary>What follows the resource type: e.g. the machine's name and the execution's name.</summary>
    public IReadOnlyList<string> Parts => _parts ?? [];

    /// <summary>The first part: the name of a machine (also of a version's, alias's, execution's or Map Run's machine), or of an activity.</summary>
    public string Name => Parts.Count > 0 ? Parts[0] : string.Empty;

    /// <summary>An unqualified state machine ARN.</summary>
    public bool IsStateMachine => ResourceType == StateMachineType && Parts.Count == 1;

    /// <summary>A state machine version: <c>…:stateMachine:NAME:VERSION</c> (a number).</summary>
    public bool IsVersion => ResourceType == StateMachineType && Parts.Count == 2 && Parts[1].All(char.IsAsciiDigit);

    /// <summary>A state machine alias: <c>…:stateMachine:NAME:ALIAS</c> (not a number).</summary>
    public bool IsAlias => ResourceType == StateMachineType && Parts.Count == 2 && !Parts[1].All(char.IsAsciiDigit);

    /// <summary>A Standard execution: <c>…:execution:MACHINE:NAME</c>.</summary>
    public bool IsExecution => ResourceType == ExecutionType && Parts.Count == 2;

    /// <summary>An Express execution: <c>…:express:MACHINE:NAME:ID</c>.</summary>
    public bool IsExpressExecution => ResourceType == ExpressType && Parts.Count == 3;

    /// <summary>Takes an ARN apart; false with AWS's InvalidArn message (<c>Invalid ARN prefix: …</c>, <c>Invalid ARN: …</c>) when it is not a Step Functions ARN.</summary>
    public static bool TryParse(string text, out StatesArn arn, out string? problem)
    {
        arn = default;
        if (!text.StartsWith("arn:", StringComparison.Ordinal))
        {
            problem = $"Invalid ARN prefix: {text}";
            return false;
        }

        var segments = text.Split(':');
        if (segments.Length < 7 || segments[1].Length == 0 || segments[2] != "states" || segments[3].Length == 0 || segments[4].Length == 0 || segments.Skip(6).Any(s => s.Length == 0))
        {
            problem = $"Invalid ARN: {text}";
            return false;
        }

        problem = null;
        arn = new StatesArn(text, segments[1], segments[3], segments[4], segments[5], segments[6..]);
        return true;
    }

    /// <summary>Takes a Step Functions ARN apart; <see cref="FormatException"/> when it is not one.</summary>
    public static StatesArn Parse(string text) =>
        TryParse(text, out var arn, out var problem) ? arn : throw new FormatException(problem);

    /// <summary>Whether <paramref name="text"/> is a Step Functions ARN of <paramref name="resourceType"/>.</summary>
    public static bool Is(string text, string resourceType) => TryParse(text, out var arn, out _) && arn.ResourceType == resourceType;

    public static StatesArn StateMachine(string region, string account, string name) => Create("aws", region, account, StateMachineType, name);

    public static StatesArn Activity(string region, string account, string name) => Create("aws", region, account, ActivityType, name);

    /// <summary>Of a machine: the Standard execution named <paramref name="name"/>.</summary>
    public StatesArn Execution(string name) => Create(Partition, Region, Account, ExecutionType, Name, name);

    /// <summary>Of a machine: an Express execution named <paramref name="name"/>, told apart by <paramref name="id"/>.</summary>
    public StatesArn ExpressExecution(string name, Guid id) => Create(Partition, Region, Account, ExpressType, Name, name, id.ToString());

    /// <summary>Of a machine: the execution a TestState call runs as, <c>…:express:MACHINE:NAME</c> (AWS gives it no id).</summary>
    public StatesArn TestStateExecution(string name) => Create(Partition, Region, Account, ExpressType, Name, name);

    /// <summary>Of a machine: its version <paramref name="version"/>.</summary>
    public StatesArn Version(long version) => Create(Partition, Region, Account, StateMachineType, Name, version.ToString(CultureInfo.InvariantCulture));

    /// <summary>Of a machine: its alias <paramref name="alias"/>.</summary>
    public StatesArn Alias(string alias) => Create(Partition, Region, Account, StateMachineType, Name, alias);

    /// <summary>
    /// Of a machine: a Map Run of its distributed Map state labelled <paramref name="label"/>,
    /// <c>…:mapRun:MACHINE/LABEL:ID</c>. The Map Run's own machine is <see cref="MapRunMachine"/>.
    /// </summary>
    public StatesArn MapRun(string label, Guid id) => Create(Partition, Region, Account, MapRunType, $"{Name}/{label}", id.ToString());

    /// <summary>The unqualified state machine this ARN belongs to: a machine's, version's or alias's machine, an execution's or a Map Run's parent machine.</summary>
    public StatesArn Machine
    {
        get
        {
            var name = ResourceType == MapRunType ? Name[..Name.IndexOf('/', StringComparison.Ordinal)] : Name;
            return ResourceType == StateMachineType && Parts.Count == 1 ? this : Create(Partition, Region, Account, StateMachineType, name);
        }
    }

    /// <summary>Of a Map Run: its own machine, <c>…:stateMachine:MACHINE/LABEL</c>.</summary>
    public StatesArn MapRunMachine => Create(Partition, Region, Account, StateMachineType, Name);

    public bool Equals(StatesArn other) => string.Equals(Value, other.Value, StringComparison.Ordinal);

    public override int GetHashCode() => Value is null ? 0 : StringComparer.Ordinal.GetHashCode(Value);

    public override string ToString() => Value;

    public static implicit operator string(StatesArn arn) => arn.Value;

    private static StatesArn Create(string partition, string region, string account, string resourceType, params string[] parts) =>
        new($"arn:{partition}:states:{region}:{account}:{resourceType}:{string.Join(':', parts)}", partition, region, account, resourceType, parts);
}
