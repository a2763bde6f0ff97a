using Cairn.Server.Protocol;

namespace Cairn.Server.Versions;

/// <summary>The errors of the version and alias actions, worded as AWS words them.</summary>
internal static class VersionErrors
{
    public static ApiException Conflict(string message) => new("ConflictException", message, 409);

    public static ApiException ResourceNotFound() => new("ResourceNotFound", "Request references a resource that does not exist.");

    public static ApiException QuotaExceeded(string message) => new("ServiceQuotaExceededException", message);

    public static ApiException RevisionConflict(string expected, string current) =>
        Conflict($"Failed to publish the State Machine version for revision {expected}. The current State Machine revision is {current}.");
}
