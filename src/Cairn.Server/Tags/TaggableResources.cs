using Cairn.Server.Protocol;

namespace Cairn.Server.Tags;

/// <summary>The resources that carry tags here: state machines.</summary>
internal static class TaggableResources
{
    public static void Require(StepFunctionsBackend backend, string arn)
    {
        var parsed = Arns.Parse(arn);
        if (parsed.ResourceType != Arns.StateMachineType || parsed.Parts.Count != 1 || backend.Machines.GetStateMachine(arn) is null)
        {
            throw ApiErrors.ResourceNotFound(arn);
        }
    }
}
