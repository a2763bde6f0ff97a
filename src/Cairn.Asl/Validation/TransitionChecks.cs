using Cairn.Json;

namespace Cairn.Asl.Validation;

/// <summary>
/// The checks that need a schema-valid document: every transition (StartAt, Next, Default,
/// Choice rule Next, Catch Next) names a state of the same machine, every state can be reached
/// from StartAt, some state ends the machine, and state names are unique across the whole
/// definition (nested machines included). AWS reports missing targets and unreachable states
/// both as MISSING_TRANSITION_TARGET.
/// </summary>
internal static class TransitionChecks
{
    public static void Run(ValidationContext ctx)
    {
        CheckDuplicateNames(ctx);
        // Machines were recorded innermost first; report the outer ones first, as they read.
        foreach (var machine in ctx.Machines.OrderBy(m => m.Location.Count(c => c == '/')))
        {
            CheckMachine(ctx, machine);
        }
    }

    private static void CheckMachine(ValidationContext ctx, MachineScope machine)
    {
        var statesAt = JsonPointer.Child(machine.Location, "States");
        var edges = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var hasTerminal = false;

        if (machine.StartAt is not null && !machine.States.ContainsKey(machine.StartAt))
        {
            ctx.Error(JsonPointer.Child(machine.Location, "StartAt"), ValidationMessages.MissingNextTarget(machine.StartAt), DiagnosticCodes.MissingTransitionTarget);
        }

        foreach (var member in machine.States.Members)
        {
            var state = (JObject)member.Value;
            var stateAt = JsonPointer.Child(statesAt, member.Key);
            var targets = new List<string>();
            foreach (var (target, at) in Targets(state, stateAt))
            {
                if (machine.States.ContainsKey(target))
                {
                    targets.Add(target);
                }
                else
                {
                    ctx.Error(at, ValidationMessages.MissingNextTarget(target), DiagnosticCodes.MissingTransitionTarget);
                }
            }

            edges[member.Key] = targets;
            hasTerminal |= state["End"] is JBool { Value: true } || state["Type"] is JString { Value: "Succeed" or "Fail" };
        }

        var reachable = Reachable(machine.StartAt, edges);
        foreach (var name in machine.States.Keys)
        {
            if (!reachable.Contains(name))
            {
                ctx.Error(JsonPointer.Child(statesAt, name), ValidationMessages.NotReachable(name), DiagnosticCodes.MissingTransitionTarget);
            }
        }

        if (!hasTerminal)
        {
            ctx.Error(machine.Location, ValidationMessages.NoTerminalState, DiagnosticCodes.MissingEndState);
        }
    }

    private static IEnumerable<(string Target, string Location)> Targets(JObject state, string stateAt)
    {
        if (state["Next"] is JString next)
        {
            yield return (next.Value, JsonPointer.Child(stateAt, "Next"));
        }

        if (state["Default"] is JString fallback)
        {
            yield return (fallback.Value, JsonPointer.Child(stateAt, "Default"));
        }

        foreach (var list in (string[])["Choices", "Catch"])
        {
            if (state[list] is not JArray entries)
            {
                continue;
            }

            for (var i = 0; i < entries.Count; i++)
            {
                if (entries[i] is JObject entry && entry["Next"] is JString target)
                {
                    yield return (target.Value, JsonPointer.Child(JsonPointer.Child(JsonPointer.Child(stateAt, list), i), "Next"));
                }
            }
        }
    }

    private static HashSet<string> Reachable(string? startAt, Dictionary<string, List<string>> edges)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        if (startAt is null || !edges.ContainsKey(startAt))
        {
            return seen;
        }

        var pending = new Stack<string>();
        pending.Push(startAt);
        seen.Add(startAt);
        while (pending.Count > 0)
        {
            foreach (var target in edges[pending.Pop()])
            {
                if (seen.Add(target))
                {
                    pending.Push(target);
                }
            }
        }

        return seen;
    }

    private static void CheckDuplicateNames(ValidationContext ctx)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var machine in ctx.Machines.OrderBy(m => m.Location.Count(c => c == '/')))
        {
            var statesAt = JsonPointer.Child(machine.Location, "States");
            foreach (var name in machine.States.Keys)
            {
                if (!seen.Add(name))
                {
                    ctx.Error(JsonPointer.Child(statesAt, name), ValidationMessages.DuplicateStateName(name), DiagnosticCodes.DuplicateStateName);
                }
            }
        }
    }
}
