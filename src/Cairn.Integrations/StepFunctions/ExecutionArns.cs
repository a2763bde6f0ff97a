namespace Cairn.Integrations.StepFunctions;

/// <summary>What an execution ARN says about its execution: <c>arn:PARTITION:states:REGION:ACCOUNT:TYPE:...</c>.</summary>
internal static class ExecutionArns
{
    /// <summary>Whether the ARN names an Express execution (<c>:express:MACHINE:NAME:ID</c>).</summary>
    public static bool IsExpress(string executionArn)
    {
        var parts = executionArn.Split(':');
        return parts.Length > 5 && parts[5] == "express";
    }
}
