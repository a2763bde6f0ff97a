using System.Globalization;
using Cairn.Json;

namespace Cairn.Asl.Jsonata;

/// <summary>
/// The value of a JSONata state's field (Arguments, Output, Assign, Items, ItemSelector, ...):
/// any JSON value in which every string written as <c>{% expression %}</c>, at any depth, is a
/// JSONata expression. Walked once at compile time; a value with no expression evaluates to the
/// same constant every time. Each expression knows its place in the field (for example
/// <c>Output/result</c>), which AWS names when the expression fails.
/// </summary>
public sealed class JsonataTemplate
{
    private readonly Node _root;

    private JsonataTemplate(string field, Node root)
    {
        Field = field;
        _root = root;
    }

    /// <summary>The field this template is the value of, e.g. <c>Output</c> or <c>Choices[0]/Assign</c>.</summary>
    public string Field { get; }

    /// <summary>True when the value holds no expression.</summary>
    public bool IsConstant => _root is LiteralNode;

    /// <summary>The whole-field expression, when the field is one <c>{% %}</c> string.</summary>
    public JsonataQuery? Query => (_root as ExpressionNode)?.Query;

    /// <summary>Compiles <paramref name="value"/>; throws <see cref="AslSyntaxException"/> when an expression is not valid JSONata.</summary>
    public static JsonataTemplate Compile(JValue value, string field) => new(field, CompileNode(value, field));

    public JValue Evaluate(JsonataScope scope) => _root.Evaluate(scope);

    private static Node CompileNode(JValue value, string location)
    {
        switch (value)
        {
            case JString s when JsonataQuery.IsExpression(s.Value):
                return new ExpressionNode(JsonataQuery.Parse(s.Value), location);
            case JObject obj:
            {
                var keys = new string[obj.Count];
                var nodes = new Node[obj.Count];
                var constant = true;
                var i = 0;
                foreach (var (key, member) in obj.Members)
                {
                    keys[i] = key;
                    nodes[i] = CompileNode(member, location + "/" + key);
                    constant &= nodes[i] is LiteralNode;
                    i++;
                }

                return constant ? new LiteralNode(value) : new ObjectNode(keys, nodes);
            }

            case JArray array:
            {
                var nodes = new Node[array.Count];
                var constant = true;
                for (var i = 0; i < nodes.Length; i++)
                {
                    nodes[i] = CompileNode(array[i], location + "[" + i.ToString(CultureInfo.InvariantCulture) + "]");
                    constant &= nodes[i] is LiteralNode;
                }

                return constant ? new LiteralNode(value) : new ArrayNode(nodes);
            }

            default:
                return new LiteralNode(value);
        }
    }

    private abstract class Node
    {
        public abstract JValue Evaluate(JsonataScope scope);
    }

    private sealed class LiteralNode(JValue value) : Node
    {
        public override JValue Evaluate(JsonataScope scope) => value;
    }

    private sealed class ExpressionNode(JsonataQuery query, string location) : Node
    {
        public JsonataQuery Query => query;

        public override JValue Evaluate(JsonataScope scope) => query.EvaluateValue(scope, location);
    }

    private sealed class ObjectNode(string[] keys, Node[] nodes) : Node
    {
        public override JValue Evaluate(JsonataScope scope)
        {
            var builder = new JObjectBuilder(keys.Length);
            for (var i = 0; i < keys.Length; i++)
            {
                builder.Set(keys[i], nodes[i].Evaluate(scope));
            }

            return builder.Build();
        }
    }

    private sealed class ArrayNode(Node[] nodes) : Node
    {
        public override JValue Evaluate(JsonataScope scope)
        {
            var items = new JValue[nodes.Length];
            for (var i = 0; i < items.Length; i++)
            {
                items[i] = nodes[i].Evaluate(scope);
            }

            return JArray.Adopt(items);
        }
    }
}
