using Cairn.Asl.Data;
using Cairn.Json;

namespace Cairn.Engine.Execution.States;

/// <summary>A Task's TimeoutSeconds and HeartbeatSeconds (or their paths, or JSONata expressions), with AWS's bounds and causes.</summary>
internal static class TaskSeconds
{
    /// <summary>AWS's bounds of TimeoutSeconds and HeartbeatSeconds.</summary>
    private const long Min = 1, Max = 99999999;

    /// <summary>
    /// The number of seconds <paramref name="source"/> gives for <paramref name="input"/>; null when
    /// the field is not given. A value outside AWS's bounds fails with the field's cause.
    /// </summary>
    public static long? Resolve(IDataScope scope, JValue input, ValueSource? source)
    {
        if (source is null)
        {
            return null;
        }

        var value = source.Resolve(input, scope);
        return value is JNumber { IsIntegral: true, IntegerValue: >= Min and <= Max } n ? n.IntegerValue
            : throw (value is JNumber ? FieldCauses.OutOfRange(source, value) : FieldCauses.Invalid(source, value, "integer"));
    }
}
