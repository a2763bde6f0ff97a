using Cairn.Server.Protocol;

namespace Cairn.Server.Tags;

/// <summary>The resources that carry tags here: state machines and activities.</summary>
internal static class TaggableResources
{
    public static void Require(StepFunctionsBackend backend, string arn)
    {
        var parsed = Arns.Parse(arn);
        if (parsed.ResourceType == Engine.Arns.StatesArn.ActivityType && parsed.Parts.Count == 1 && backend.Activities.GetActivity(arn) is not null)
        {
            return;
        }

        if (parsed.ResourceType != Arns.StateMachineType || parsed.Parts.Count != 1 || backend.Machines.GetStateMachine(arn) is null)
        {
            throw ApiErrors.ResourceNotFound(arn);
        }
    }
}
