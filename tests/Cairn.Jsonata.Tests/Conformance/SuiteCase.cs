using Cairn.Json;

namespace Cairn.Jsonata.Tests.Conformance;

/// <summary>
/// One case of the JSONata test suite. <see cref="Id"/> is <c>group/file</c> for a file holding one case
/// and <c>group/file[i]</c> for the i-th case of a file holding an array of cases.
/// </summary>
internal sealed record SuiteCase(
    string Id,
    string Group,
    string Expression,
    JValue? Input,
    IReadOnlyDictionary<string, JValue> Bindings,
    CaseExpectation Expected,
    int? TimeLimitMs,
    int? Depth)
{
    /// <summary>Set when the case file could not be read; such a case fails with this reason.</summary>
    public string? LoadError { get; init; }

    public static SuiteCase Unreadable(string id, string group, string reason) =>
        new(id, group, string.Empty, null, new Dictionary<string, JValue>(), new CaseExpectation.Undefined(), null, null) { LoadError = reason };
}
