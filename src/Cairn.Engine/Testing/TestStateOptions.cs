using Cairn.Asl.Data;
using Cairn.Engine.Hosting;

namespace Cairn.Engine.Testing;

/// <summary>Where and with what clock and randomness states are tested.</summary>
public sealed class TestStateOptions
{
    /// <summary>The account of the made-up execution's ARNs (default 123456789012).</summary>
    public string AccountId { get; init; } = "123456789012";

    /// <summary>The region of the made-up execution's ARNs (default us-east-1).</summary>
    public string Region { get; init; } = "us-east-1";

    /// <summary>The clock of start and entered times and of JSONata's <c>$now()</c> (default: the system clock).</summary>
    public TimeProvider Clock { get; init; } = TimeProvider.System;

    /// <summary>
    /// What a Task state tested without a mock calls (its resource's integration, e.g. the
    /// built-in Lambda service), as AWS's TestState calls the real service; default none: a Task
    /// state needs a mock.
    /// </summary>
    public Tasks.ITaskHandler? Tasks { get; init; }

    /// <summary>Names, task tokens and random numbers (default: random).</summary>
    public IEntropySource Entropy { get; init; } = new RandomEntropySource();
}
