using System.Text;
using Cairn.Cli.Deploy;
using Cairn.Json;

namespace Cairn.Cli.Tests.Deploy;

/// <summary>
/// The intrinsic functions over generated templates: random nestings of <c>Ref</c>, <c>Fn::GetAtt</c>,
/// <c>Fn::Sub</c> (both forms, <c>${!Literal}</c>), <c>Fn::Join</c>, <c>Fn::Select</c>, <c>Fn::Split</c>
/// and <c>Fn::If</c>, each built beside the value it must resolve to; then the rules one by one.
/// </summary>
public sealed class TemplateResolverTests
{
    private static readonly Dictionary<string, string> ParameterValues = new()
    {
        ["Stage"] = "prod",
        ["Size"] = "42",
        ["Name"] = "orders-v2",
    };

    [Fact]
    public void GeneratedNestingsResolveToTheirValues()
    {
        var random = new Random(20261207);
        var resolver = Resolver();
        for (var i = 0; i < 2000; i++)
        {
            var (expression, expected) = new Generator(random).String(depth: 0);
            var resolved = resolver.Resolve(expression, "Generated");
            Assert.True(resolved is JString s && s.Value == expected, $"{expression.ToJson()}\nexpected: {expected}\nactual: {resolved?.ToJson()}");
        }
    }

    [Fact]
    public void GeneratedNestingsResolveTheSameFromYamlShortTags()
    {
        var random = new Random(7);
        var resolver = Resolver();
        for (var i = 0; i < 300; i++)
        {
            var (expression, expected) = new Generator(random).String(depth: 0);
            var yaml = "Value: " + ShortTags(expression, 1);
            var parsed = (JObject)YamlJson.Parse(yaml, "generated.yaml");
            Assert.Equal(expression, parsed["Value"]);
            Assert.Equal(expected, ((JString)resolver.Resolve(parsed["Value"]!, "Generated")!).Value);
        }
    }

    [Fact]
    public void NoValueLeavesOutTheMemberOrItem()
    {
        var value = JValue.Parse("""
            {"Keep": {"Ref": "Stage"},
             "Drop": {"Fn::If": ["IsFalse", "x", {"Ref": "AWS::NoValue"}]},
             "List": ["a", {"Fn::If": ["IsTrue", {"Ref": "AWS::NoValue"}, "b"]}, "c"],
             "Nested": {"Inner": {"Ref": "AWS::NoValue"}}}
            """);
        Assert.Equal("""{"Keep":"prod","List":["a","c"],"Nested":{}}""", Resolver().Resolve(value, "X")!.ToJson());
    }

    [Fact]
    public void PseudoParametersConditionsMappingsAndSmallFunctions()
    {
        var resolver = Resolver();
        string Resolve(string json) => resolver.Resolve(JValue.Parse(json), "X")!.ToJson();

        Assert.Equal("\"arn:aws:sqs:eu-west-1:111122223333:s1-q\"", Resolve("""{"Fn::Sub": "arn:${AWS::Partition}:sqs:${AWS::Region}:${AWS::AccountId}:${AWS::StackName}-q"}"""));
        Assert.Equal("\"amazonaws.com\"", Resolve("""{"Ref": "AWS::URLSuffix"}"""));
        Assert.Equal("\"small\"", Resolve("""{"Fn::FindInMap": ["Sizes", {"Ref": "Stage"}, "Instance"]}"""));
        Assert.Equal("\"aGVsbG8=\"", Resolve("""{"Fn::Base64": "hello"}"""));
        Assert.Equal("\"{\\\"a\\\":[1,\\\"prod\\\"]}\"", Resolve("""{"Fn::ToJsonString": {"a": [1, {"Ref": "Stage"}]}}"""));
        Assert.Equal("3", Resolve("""{"Fn::Length": {"Fn::Split": [",", "a,b,c"]}}"""));
        Assert.Equal("\"yes\"", Resolve("""{"Fn::If": ["IsProdAndBig", "yes", "no"]}"""));
        Assert.Equal("\"${Literal}-prod\"", Resolve("""{"Fn::Sub": "${!Literal}-${Stage}"}"""));
        Assert.Equal("[\"a\",\"b\"]", Resolve("""{"Ref": "Zones"}"""));
        Assert.True(resolver.Condition("IsProdAndBig", "X"));
    }

    [Theory]
    [InlineData("""{"Fn::GetAtt": ["Queue", "Nope"]}""", "resource Queue does not support attribute type Nope in Fn::GetAtt")]
    [InlineData("""{"Fn::GetAtt": "Queue"}""", "Fn::GetAtt takes [LOGICAL_ID, ATTRIBUTE]")]
    [InlineData("""{"Ref": "Bucket"}""", "refers to Bucket (AWS::S3::Bucket), a resource type cairn deploy does not create")]
    [InlineData("""{"Ref": "Ghost"}""", "Unresolved resource dependencies [Ghost]")]
    [InlineData("""{"Fn::Select": [5, ["a"]]}""", "Fn::Select cannot select nonexistent value at index 5")]
    [InlineData("""{"Fn::Join": [",", "not a list"]}""", "expected a list")]
    [InlineData("""{"Fn::Sub": ["${A}", {"A": ["x"]}]}""", "expected a string, not a list")]
    [InlineData("""{"Fn::ImportValue": "shared"}""", "Fn::ImportValue is not supported by cairn deploy")]
    [InlineData("""{"Fn::If": ["Unknown", "a", "b"]}""", "no condition named 'Unknown'")]
    [InlineData("""{"Fn::FindInMap": ["Sizes", "dev", "Nope"]}""", "Unable to get mapping for Sizes::dev::Nope")]
    public void MalformedOrUnknownReferencesAreErrorsThatSayWhere(string json, string message)
    {
        var error = Assert.Throws<CliException>(() => Resolver().Resolve(JValue.Parse(json), "Resources/Machine/Properties/Definition"));
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
        Assert.StartsWith("Resources/Machine/Properties/Definition", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AConditionThatDependsOnItselfIsAnErrorAtTheCondition()
    {
        var error = Assert.Throws<CliException>(() => Resolver().Resolve(JValue.Parse("""{"Fn::If": ["Loop", "a", "b"]}"""), "Resources/Machine"));
        Assert.StartsWith("Conditions/Loop/Fn::Not/Condition: Template error: circular dependency between conditions: Loop", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void DeepNestingIsBounded()
    {
        JValue value = new JString("x");
        for (var i = 0; i < 200; i++)
        {
            value = JObject.Create(("Fn::Join", JArray.Create([new JString(""), JArray.Create([value])])));
        }

        Assert.Contains("nested deeper than", Assert.Throws<CliException>(() => Resolver().Resolve(value, "X")).Message, StringComparison.Ordinal);
    }

    private static TemplateResolver Resolver()
    {
        var template = Template.FromDocument(JValue.Parse("""
            {
              "Parameters": {"Stage": {"Type": "String"}, "Size": {"Type": "Number"}, "Name": {"Type": "String"}, "Zones": {"Type": "CommaDelimitedList", "Default": "a,b"}},
              "Mappings": {"Sizes": {"prod": {"Instance": "small"}, "dev": {"Instance": "tiny"}}},
              "Conditions": {
                "IsTrue": {"Fn::Equals": ["a", "a"]},
                "IsFalse": {"Fn::Not": [{"Condition": "IsTrue"}]},
                "IsProdAndBig": {"Fn::And": [{"Fn::Equals": [{"Ref": "Stage"}, "prod"]}, {"Fn::Or": [{"Condition": "IsFalse"}, {"Fn::Equals": [{"Ref": "Size"}, "42"]}]}]},
                "Loop": {"Fn::Not": [{"Condition": "Loop"}]}
              },
              "Resources": {"Queue": {"Type": "AWS::SQS::Queue"}, "Bucket": {"Type": "AWS::S3::Bucket"}}
            }
            """), "template.json");
        var parameters = TemplateParameters.Resolve(template, ParameterValues);
        var deployed = new Dictionary<string, DeployedResource>
        {
            ["Queue"] = new("Queue", "AWS::SQS::Queue", new JString("https://q/url"), new Dictionary<string, JValue>
            {
                ["Arn"] = new JString("arn:aws:sqs:eu-west-1:111122223333:q"),
                ["QueueName"] = new JString("q"),
            }, "CREATE"),
        };
        return new TemplateResolver(template, parameters, new PseudoParameters("eu-west-1", "111122223333", "s1"), deployed);
    }

    /// <summary>Writes a value in YAML flow style with CloudFormation's short tags.</summary>
    private static string ShortTags(JValue value, int depth) => value switch
    {
        JObject { Count: 1 } call when call[0].Key == "Ref" => "!Ref " + Scalar(call[0].Value),
        JObject { Count: 1 } call when call[0].Key.StartsWith("Fn::", StringComparison.Ordinal) =>
            $"!{call[0].Key[4..]} {ShortTags(call[0].Value, depth + 1)}",
        JObject obj => "{" + string.Join(", ", obj.Members.ToArray().Select(m => $"{Scalar(new JString(m.Key))}: {ShortTags(m.Value, depth + 1)}")) + "}",
        JArray array => "[" + string.Join(", ", array.Select(i => ShortTags(i, depth + 1))) + "]",
        _ => Scalar(value),
    };

    private static string Scalar(JValue value) => value is JString s ? "'" + s.Value.Replace("'", "''", StringComparison.Ordinal) + "'" : value.ToJson();

    /// <summary>Builds expressions together with the string each must resolve to.</summary>
    private sealed class Generator(Random random)
    {
        private const string LiteralCharacters = "abcXYZ019-_/:. ";

        public (JValue, string) String(int depth)
        {
            var choice = depth >= 4 ? random.Next(4) : random.Next(10);
            switch (choice)
            {
                case 0:
                {
                    var text = Literal();
                    return (new JString(text), text);
                }

                case 1:
                {
                    var name = ParameterValues.Keys.ElementAt(random.Next(ParameterValues.Count));
                    return (Call("Ref", new JString(name)), ParameterValues[name]);
                }

                case 2:
                    return random.Next(2) == 0
                        ? (Call("Ref", new JString("AWS::Region")), "eu-west-1")
                        : (Call("Ref", new JString("AWS::StackName")), "s1");
                case 3:
                    return random.Next(2) == 0
                        ? (Call("Fn::GetAtt", JArray.Create([new JString("Queue"), new JString("Arn")])), "arn:aws:sqs:eu-west-1:111122223333:q")
                        : (Call("Ref", new JString("Queue")), "https://q/url");
                case 4:
                {
                    var delimiter = new[] { "", "-", ",", "::" }[random.Next(4)];
                    var parts = Enumerable.Range(0, random.Next(1, 4)).Select(_ => String(depth + 1)).ToList();
                    return (Call("Fn::Join", JArray.Create([new JString(delimiter), JArray.Create(parts.Select(p => p.Item1))])), string.Join(delimiter, parts.Select(p => p.Item2)));
                }

                case 5:
                {
                    var text = new StringBuilder();
                    var expected = new StringBuilder();
                    for (var i = random.Next(1, 5); i > 0; i--)
                    {
                        switch (random.Next(5))
                        {
                            case 0:
                                var literal = Literal();
                                text.Append(literal);
                                expected.Append(literal);
                                break;
                            case 1:
                                var name = ParameterValues.Keys.ElementAt(random.Next(ParameterValues.Count));
                                text.Append("${").Append(name).Append('}');
                                expected.Append(ParameterValues[name]);
                                break;
                            case 2:
                                text.Append("${AWS::AccountId}");
                                expected.Append("111122223333");
                                break;
                            case 3:
                                text.Append("${Queue.QueueName}");
                                expected.Append('q');
                                break;
                            default:
                                text.Append("${!Kept}");
                                expected.Append("${Kept}");
                                break;
                        }
                    }

                    return (Call("Fn::Sub", new JString(text.ToString())), expected.ToString());
                }

                case 6:
                {
                    var (first, firstValue) = String(depth + 1);
                    var (second, secondValue) = String(depth + 1);
                    var separator = Literal();
                    return (Call("Fn::Sub", JArray.Create([new JString("${One}" + separator + "${Two}${Stage}"), JObject.Create(("One", first), ("Two", second))])),
                        firstValue + separator + secondValue + "prod");
                }

                case 7:
                {
                    var items = Enumerable.Range(0, random.Next(1, 4)).Select(_ => String(depth + 1)).ToList();
                    var index = random.Next(items.Count);
                    return (Call("Fn::Select", JArray.Create([new JString(index.ToString(System.Globalization.CultureInfo.InvariantCulture)), JArray.Create(items.Select(i => i.Item1))])), items[index].Item2);
                }

                case 8:
                {
                    var words = Enumerable.Range(0, random.Next(1, 4)).Select(_ => Literal().Replace("|", "", StringComparison.Ordinal)).ToList();
                    var index = random.Next(words.Count);
                    return (Call("Fn::Select", JArray.Create([JNumber.From(index), Call("Fn::Split", JArray.Create([new JString("|"), new JString(string.Join("|", words))]))])), words[index]);
                }

                default:
                {
                    var (yes, yesValue) = String(depth + 1);
                    var (no, noValue) = String(depth + 1);
                    var condition = random.Next(3) switch { 0 => "IsTrue", 1 => "IsFalse", _ => "IsProdAndBig" };
                    return (Call("Fn::If", JArray.Create([new JString(condition), yes, no])), condition == "IsFalse" ? noValue : yesValue);
                }
            }
        }

        private string Literal()
        {
            var length = random.Next(0, 6);
            var text = new char[length];
            for (var i = 0; i < length; i++)
            {
                text[i] = LiteralCharacters[random.Next(LiteralCharacters.Length)];
            }

            return new string(text);
        }

        private static JObject Call(string function, JValue argument) => JObject.Create((function, argument));
    }
}
