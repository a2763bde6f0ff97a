namespace Cairn.Integrations.StepFunctions;

/// <summary>How a Task state calls StartExecution: the service integration pattern of its Resource.</summary>
public enum StartExecutionPattern
{
    /// <summary><c>arn:aws:states:::states:startExecution</c>: the task ends once the execution is started.</summary>
    RequestResponse,

    /// <summary><c>.sync</c>: waits for the execution; Input and Output are JSON text.</summary>
    Sync,

    /// <summary><c>.sync:2</c>: waits for the execution; Input and Output are JSON.</summary>
    Sync2,

    /// <summary><c>.waitForTaskToken</c>: the task ends when its token is sent back.</summary>
    WaitForTaskToken,

    /// <summary><c>arn:aws:states:::aws-sdk:sfn:startExecution</c>: the SDK integration, request-response.</summary>
    Sdk,
}
