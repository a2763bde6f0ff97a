using Cairn.Asl.Model;
using Cairn.Json;

namespace Cairn.Asl.Validation;

/// <summary>
/// Validates a state machine object: the top-level document or a nested one (a Parallel branch,
/// a Map ItemProcessor/Iterator). Checks its own fields and each state, and records the machine
/// for the transition checks.
/// </summary>
internal static class MachineValidator
{
    /// <summary>AWS limits state names to 80 characters.</summary>
    public const int MaxStateNameLength = 80;

    private static readonly HashSet<string> TopLevelFields = ["Comment", "StartAt", "States", "Version", "TimeoutSeconds", "QueryLanguage"];

    public static void ValidateTopLevel(ValidationContext ctx, JObject root)
    {
        const string at = JsonPointer.Root;
        ctx.RejectUnknownFields(root, at, TopLevelFields.Contains);
        var complete = ctx.RequireFields(root, at, "States", "StartAt");
        FieldChecks.String(ctx, root, "Comment", at);
        FieldChecks.Enum(ctx, root, "Version", at, "1.0");
        FieldChecks.Integer(ctx, root, "TimeoutSeconds", at, 0, 99999999);
        FieldChecks.Enum(ctx, root, "QueryLanguage", at, "JSONPath", "JSONata");
        ctx.TopLevelLanguage = StateValidator.EffectiveLanguage(root, QueryLanguage.JSONPath);
        if (complete)
        {
            ValidateStates(ctx, root, at, ctx.TopLevelLanguage);
        }
    }

    /// <summary>A nested machine; <paramref name="processor"/>: a Map's processor, which also takes a ProcessorConfig.</summary>
    public static void ValidateNested(ValidationContext ctx, JValue value, string at, QueryLanguage language, bool processor)
    {
        if (value is not JObject machine)
        {
            ctx.Error(at, ValidationMessages.ExpectedObject);
            return;
        }

        ctx.RejectUnknownFields(machine, at, f => f is "StartAt" or "States" or "Comment" || (processor && f == "ProcessorConfig"));
        var complete = ctx.RequireFields(machine, at, "States", "StartAt");
        FieldChecks.String(ctx, machine, "Comment", at);
        if (processor)
        {
            ValidateProcessorConfig(ctx, machine, at);
        }

        if (complete)
        {
            ValidateStates(ctx, machine, at, language);
        }
    }

    private static void ValidateStates(ValidationContext ctx, JObject machine, string at, QueryLanguage language)
    {
        string? startAt = null;
        if (machine["StartAt"] is JString start)
        {
            startAt = start.Value;
        }
        else
        {
            ctx.Error(JsonPointer.Child(at, "StartAt"), ValidationMessages.ExpectedString);
        }

        var statesAt = JsonPointer.Child(at, "States");
        if (machine["States"] is not JObject states)
        {
            ctx.Error(statesAt, ValidationMessages.ExpectedObject);
            return;
        }

        if (states.Count == 0)
        {
            ctx.Error(statesAt, ValidationMessages.CannotBeEmpty);
            return;
        }

        foreach (var member in states.Members)
        {
            var stateAt = JsonPointer.Child(statesAt, member.Key);
            if (member.Key.Length > MaxStateNameLength)
            {
                ctx.Error(stateAt, ValidationMessages.StateNameTooLong(member.Key, MaxStateNameLength), DiagnosticCodes.InvalidStateName);
            }

            StateValidator.Validate(ctx, member.Value, stateAt, language);
        }

        ctx.Machines.Add(new MachineScope(states, startAt, at));
    }

    private static void ValidateProcessorConfig(ValidationContext ctx, JObject machine, string at)
    {
        if (!machine.TryGetValue("ProcessorConfig", out var value))
        {
            return;
        }

        var configAt = JsonPointer.Child(at, "ProcessorConfig");
        if (value is not JObject config)
        {
            ctx.Error(configAt, ValidationMessages.ExpectedObject);
            return;
        }

        ctx.RejectUnknownFields(config, configAt, f => f is "Mode" or "ExecutionType");
        FieldChecks.Enum(ctx, config, "Mode", configAt, "INLINE", "DISTRIBUTED");
        FieldChecks.Enum(ctx, config, "ExecutionType", configAt, "STANDARD", "EXPRESS");
        var distributed = config["Mode"] is JString { Value: "DISTRIBUTED" };
        if (!distributed && config.ContainsKey("ExecutionType"))
        {
            ctx.Error(configAt, ValidationMessages.NotSupported("ExecutionType"));
        }

        if (distributed && ctx.IsExpress)
        {
            ctx.Error(JsonPointer.Child(configAt, "Mode"), ValidationMessages.ExpressUnsupportedDistributedMap);
        }
    }
}
