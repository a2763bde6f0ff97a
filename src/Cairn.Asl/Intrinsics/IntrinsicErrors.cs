using Cairn.Json;

namespace Cairn.Asl.Intrinsics;

/// <summary>
/// The run-time failures of intrinsic functions. AWS reports them as States.Runtime with a cause
/// that names the failing call; the state executor prefixes the state name and event id.
/// </summary>
internal static class IntrinsicErrors
{
    public static StatesException InvalidArguments(IntrinsicCall call) =>
        new(StatesErrors.Runtime, $"{Prefix(call)}Invalid arguments in {call.Name}");

    public static StatesException InvalidArguments(IntrinsicCall call, string detail) =>
        new(StatesErrors.Runtime, $"{Prefix(call)}Invalid arguments in {call.Name}: {detail}");

    public static StatesException InvalidTemplate(IntrinsicCall call, string detail) =>
        new(StatesErrors.Runtime, $"{Prefix(call)}Invalid template in {call.Name}: {detail}");

    public static StatesException PathNotFound(IntrinsicCall? call, string path, JValue input) =>
        new(
            StatesErrors.Runtime,
            $"{(call is null ? string.Empty : Prefix(call))}The JsonPath argument for the field '{path}' could not be found in the input '{input.ToJson()}'");

    /// <summary>A result over the payload limit, refused as soon as it is known to be (before it is built in full where it is built piece by piece).</summary>
    public static StatesException ResultTooLarge(IntrinsicCall call) =>
        new(StatesErrors.DataLimitExceeded, $"{Prefix(call)}The result of {call.Name} exceeds the maximum number of bytes service limit.");

    private static string Prefix(IntrinsicCall call) =>
        $"There was an error while evaluating the intrinsic function: {call.Text}. ";
}
