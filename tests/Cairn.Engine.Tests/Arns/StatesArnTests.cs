using Cairn.Engine.Arns;

namespace Cairn.Engine.Tests.Arns;

/// <summary>Step Functions ARNs are taken apart and formed in one place, and what is formed parses back to the same parts.</summary>
public class StatesArnTests
{
    private const string Machine = "arn:aws:states:eu-west-1:123456789012:stateMachine:orders";

    [Fact]
    public void A_machine_ARN_is_taken_apart()
    {
        var arn = StatesArn.Parse(Machine);

        Assert.Equal(("aws", "eu-west-1", "123456789012", "stateMachine", "orders"), (arn.Partition, arn.Region, arn.Account, arn.ResourceType, arn.Name));
        Assert.True(arn.IsStateMachine);
        Assert.False(arn.IsVersion || arn.IsAlias || arn.IsExecution || arn.IsExpressExecution);
        Assert.Equal(Machine, arn.ToString());
    }

    [Fact]
    public void The_ARNs_of_a_machine_are_formed_from_it_and_lead_back_to_it()
    {
        var machine = StatesArn.Parse(Machine);
        var id = Guid.Parse("0b7e2d5c-56c6-4f4e-9a0c-1f3ab1d5c2f4");

        Assert.Equal("arn:aws:states:eu-west-1:123456789012:execution:orders:e1", machine.Execution("e1").Value);
        Assert.Equal($"arn:aws:states:eu-west-1:123456789012:express:orders:e1:{id}", machine.ExpressExecution("e1", id).Value);
        Assert.Equal("arn:aws:states:eu-west-1:123456789012:stateMachine:orders:7", machine.Version(7).Value);
        Assert.Equal("arn:aws:states:eu-west-1:123456789012:stateMachine:orders:live", machine.Alias("live").Value);
        Assert.Equal($"arn:aws:states:eu-west-1:123456789012:mapRun:orders/items:{id}", machine.MapRun("items", id).Value);
        Assert.Equal("arn:aws:states:eu-west-1:123456789012:stateMachine:orders/items", machine.MapRun("items", id).MapRunMachine.Value);
        Assert.All(
            new[] { machine.Execution("e1"), machine.ExpressExecution("e1", id), machine.Version(7), machine.Alias("live"), machine.MapRun("items", id), machine },
            arn => Assert.Equal(machine, arn.Machine));
        Assert.True(machine.Version(7).IsVersion);
        Assert.True(machine.Alias("live").IsAlias);
        Assert.True(machine.Execution("e1").IsExecution);
        Assert.True(machine.ExpressExecution("e1", id).IsExpressExecution);
    }

    [Fact]
    public void Formed_ARNs_parse_back_to_the_same_parts_for_any_names()
    {
        var random = new Random(3);
        const string alphabet = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_.";
        string Name() => new(Enumerable.Range(0, random.Next(1, 80)).Select(_ => alphabet[random.Next(alphabet.Length)]).ToArray());
        for (var i = 0; i < 500; i++)
        {
            var machine = StatesArn.StateMachine("us-east-1", "123456789012", Name());
            var formed = new[] { machine, machine.Execution(Name()), machine.ExpressExecution(Name(), Guid.NewGuid()), machine.Version(random.Next(1, 1000)), StatesArn.Activity("us-east-1", "123456789012", Name()) };
            foreach (var arn in formed)
            {
                var parsed = StatesArn.Parse(arn.Value);
                Assert.Equal(arn, parsed);
                Assert.Equal(arn.Parts, parsed.Parts);
                Assert.Equal(arn.ResourceType, parsed.ResourceType);
            }
        }
    }

    [Theory]
    [InlineData("states:us-east-1:123456789012:stateMachine:m", "Invalid ARN prefix: states:us-east-1:123456789012:stateMachine:m")]
    [InlineData("arn:aws:states:us-east-1:123456789012:stateMachine", "Invalid ARN: arn:aws:states:us-east-1:123456789012:stateMachine")]
    [InlineData("arn:aws:lambda:us-east-1:123456789012:function:f", "Invalid ARN: arn:aws:lambda:us-east-1:123456789012:function:f")]
    [InlineData("arn:aws:states::123456789012:stateMachine:m", "Invalid ARN: arn:aws:states::123456789012:stateMachine:m")]
    [InlineData("arn:aws:states:us-east-1:123456789012:execution:m:", "Invalid ARN: arn:aws:states:us-east-1:123456789012:execution:m:")]
    public void What_is_not_a_Step_Functions_ARN_is_refused_in_AWSs_words(string text, string problem)
    {
        Assert.False(StatesArn.TryParse(text, out _, out var said));
        Assert.Equal(problem, said);
        Assert.Equal(problem, Assert.Throws<FormatException>(() => StatesArn.Parse(text)).Message);
    }
}
