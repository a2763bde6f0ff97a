namespace Cairn.Conformance.Tests.Replay;

/// <summary>Outcome of one replayed step: the botocore-shaped response, or the API error it raised.</summary>
public sealed record StepResult(ReplayStep Step, OrderedDictionary<string, object?>? Response, StepFunctionsApiException? Error)
{
    public bool Succeeded => Response is not null;
}
