using Cairn.Asl.Data;
using Cairn.Json;

namespace Cairn.Asl.Intrinsics;

/// <summary>The unique identifier intrinsic: States.UUID.</summary>
internal static class IdentifierFunctions
{
    /// <summary>A version 4 UUID in lower-case hyphenated form, drawn from the scope's entropy source so runs can be replayed.</summary>
    public static JValue Uuid(IntrinsicCall call, JValue[] arguments, IDataScope scope) =>
        new JString(scope.Entropy.NewUuid().ToString("D"));
}
