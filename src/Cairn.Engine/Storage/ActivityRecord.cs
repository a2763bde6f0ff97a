namespace Cairn.Engine.Storage;

/// <summary>An activity (CreateActivity): its ARN, name and when it was created.</summary>
public sealed record ActivityRecord(string Arn, string Name, DateTimeOffset CreationDate);
