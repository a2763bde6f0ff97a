using Cairn.Cli.Deploy;
using Cairn.Json;

namespace Cairn.Cli.Tests.Deploy;

/// <summary>The deployment order, SAM's Globals merge and generated physical names.</summary>
public sealed class DeployOrderTests
{
    [Fact]
    public void ResourcesComeAfterWhatTheyReferToOtherwiseInTemplateOrder()
    {
        var template = Template.FromDocument(YamlJson.Parse("""
            Resources:
              Machine:
                Type: AWS::Serverless::StateMachine
                Properties:
                  DefinitionSubstitutions:
                    Fn: !GetAtt Fn.Arn
                    Url: !Sub '${Queue}/${Table.Arn}-${!NotARef}-${AWS::Region}'
              Fn:
                Type: AWS::Serverless::Function
                DependsOn: [Topic]
              Queue:
                Type: AWS::SQS::Queue
              Topic:
                Type: AWS::SNS::Topic
              Table:
                Type: AWS::DynamoDB::Table
                Properties:
                  TableName: !Sub ['${Name}-t', {Name: !Ref Queue}]
            """, "t.yaml"), "t.yaml");

        Assert.Equal(["Queue", "Topic", "Fn", "Table", "Machine"], DeployOrder.Sort(template).Select(r => r.LogicalId));
    }

    [Fact]
    public void GeneratedChainsAreOrderedAndGeneratedCyclesAreNamed()
    {
        var random = new Random(11);
        for (var round = 0; round < 200; round++)
        {
            var count = random.Next(2, 12);
            var names = Enumerable.Range(0, count).Select(i => $"R{i}").OrderBy(_ => random.Next()).ToArray();
            var edges = new List<(string From, string To)>();
            var rank = names.Select((n, i) => (n, i)).ToDictionary(p => p.n, p => p.i);
            foreach (var name in names)
            {
                foreach (var other in names.Where(o => rank[o] < rank[name] && random.Next(3) == 0))
                {
                    edges.Add((name, other));
                }
            }

            var cyclic = random.Next(3) == 0 && edges.Count > 0;
            if (cyclic)
            {
                var (from, to) = edges[random.Next(edges.Count)];
                edges.Add((to, from));
            }

            var members = new List<KeyValuePair<string, JValue>>();
            foreach (var name in names.Reverse())
            {
                var references = edges.Where(e => e.From == name).Select((e, i) => i % 2 == 0
                    ? JObject.Create(("Ref", e.To))
                    : JObject.Create(("Fn::Sub", $"x-${{{e.To}.Arn}}")));
                var properties = JObject.Create(("Tags", JArray.Create(references)));
                members.Add(new(name, JObject.Create(("Type", "AWS::SQS::Queue"), ("Properties", properties))));
            }

            var resources = JObject.Create(members);
            var template = Template.FromDocument(JObject.Create(("Resources", resources)), "generated.json");
            if (cyclic)
            {
                Assert.Contains("Circular dependency between resources: [", Assert.Throws<CliException>(() => DeployOrder.Sort(template)).Message, StringComparison.Ordinal);
                continue;
            }

            var order = DeployOrder.Sort(template).Select(r => r.LogicalId).ToList();
            Assert.Equal(count, order.Count);
            foreach (var (from, to) in edges)
            {
                Assert.True(order.IndexOf(to) < order.IndexOf(from), $"{to} must come before {from}: {string.Join(", ", order)}");
            }
        }
    }

    [Fact]
    public void GlobalsMergeMapsAppendListsAndLetTheFunctionWin()
    {
        var template = Template.FromDocument(YamlJson.Parse("""
            Globals:
              Function:
                Runtime: python3.12
                Timeout: 10
                Layers: [a]
                Environment: {Variables: {STAGE: dev, SHARED: g}}
            Resources:
              Fn:
                Type: AWS::Serverless::Function
                Properties:
                  Timeout: 30
                  Layers: [b]
                  Environment: {Variables: {STAGE: prod, OWN: f}}
              Other:
                Type: AWS::Lambda::Function
                Properties: {Timeout: 3}
            """, "t.yaml"), "t.yaml");

        Assert.Equal("""{"Runtime":"python3.12","Timeout":30,"Layers":["a","b"],"Environment":{"Variables":{"STAGE":"prod","SHARED":"g","OWN":"f"}}}""", template.Find("Fn")!.Properties.ToJson());
        Assert.Equal("""{"Timeout":3}""", template.Find("Other")!.Properties.ToJson());
    }

    [Fact]
    public void GeneratedNamesAreStableFitTheLimitAndDifferByStackAndLogicalId()
    {
        var random = new Random(3);
        var seen = new HashSet<string>();
        for (var i = 0; i < 500; i++)
        {
            var stack = "s" + new string('x', random.Next(0, 120));
            var logicalId = "L" + new string('y', random.Next(0, 200)) + i;
            var limit = new[] { 64, 80, 255 }[random.Next(3)];
            var ending = random.Next(2) == 0 ? ".fifo" : string.Empty;
            var name = PhysicalNames.Generate(stack, logicalId, limit, ending);

            Assert.Equal(name, PhysicalNames.Generate(stack, logicalId, limit, ending));
            Assert.True(name.Length <= limit, $"{name} is longer than {limit}");
            Assert.Matches(@"^s[x]*-L[y0-9]*-[A-Z0-9]{13}(\.fifo)?$", name);
            Assert.EndsWith(ending, name, StringComparison.Ordinal);
            Assert.True(seen.Add(name), $"{name} given twice");
        }

        Assert.Equal("app-Queue-" + PhysicalNames.Generate("app", "Queue", 80)[^13..], PhysicalNames.Generate("app", "Queue", 80));
        Assert.Matches("^OrderStateMachine-[A-Za-z0-9]{12}$", PhysicalNames.StateMachine("app", "OrderStateMachine"));
        Assert.NotEqual(PhysicalNames.StateMachine("app", "M"), PhysicalNames.StateMachine("other", "M"));
    }
}
