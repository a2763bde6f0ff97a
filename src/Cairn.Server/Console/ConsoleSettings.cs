using Cairn.Integrations.Lambda;
using Cairn.Server.Protocol;

namespace Cairn.Server.Console;

/// <summary>
/// What the console needs from the server: the backend it reads, the signature check the API uses
/// (null: none), the region of its ARNs, and the AWS APIs this server answers (<c>states</c>, and
/// any other API that has a view in the console), so the page shows only what is there; and the
/// built-in Lambda service (its functions' recent invocations), when the server has it.
/// </summary>
internal sealed record ConsoleSettings(StepFunctionsBackend Backend, SigV4Verifier? Signatures, string Region, IReadOnlyList<string> Services, LambdaService? Lambda = null);
