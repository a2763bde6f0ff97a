using Cairn.Engine.Hosting;
using Cairn.Engine.Storage;
using Cairn.Server.Protocol;
using Cairn.Server.Versions;

namespace Cairn.Server.Executions;

/// <summary>Resolves the StateMachineArn a Task state starts (Step Functions' own StartExecution integration) exactly as the StartExecution action does.</summary>
internal static class NestedExecutionTargets
{
    public static NestedTargetResolver For(IStateMachineStore machines, IStateMachineVersionStore versions) =>
        (string stateMachineArn, out string? errorCode, out string? errorMessage) =>
        {
            try
            {
                var target = ExecutionTarget.Resolve(machines, versions, stateMachineArn);
                (errorCode, errorMessage) = (null, null);
                return new NestedExecutionTarget(target.Machine, target.VersionArn, target.AliasArn);
            }
            catch (ApiException e)
            {
                (errorCode, errorMessage) = (e.Type, e.Message);
                return null;
            }
        };
}
