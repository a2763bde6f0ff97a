using Cairn.Asl.Intrinsics;
using Cairn.Asl.Paths;
using Cairn.Json;

namespace Cairn.Asl.Data;

/// <summary>
/// A payload template (Parameters, ResultSelector, ItemSelector, Assign, ...): a JSON value whose
/// objects' <c>key.$</c> members, at any depth (also inside arrays), take their values from a path
/// or an intrinsic function. Usually an object; the validator also lets a state's Parameters,
/// ResultSelector or ItemSelector be an array or a scalar, which then evaluates to itself with its
/// templates filled in. Compiled once; a template with no dynamic member evaluates to the same
/// constant value every time.
/// </summary>
public sealed class PayloadTemplate
{
    private readonly Member[] _members;
    private readonly JObject? _constant;

    /// <summary>Set instead of <see cref="_members"/> when the template is not an object.</summary>
    private readonly Member? _root;

    private PayloadTemplate(Member[] members, JObject? constant)
    {
        _members = members;
        _constant = constant;
    }

    private PayloadTemplate(Member root)
    {
        _members = [];
        _root = root;
    }

    /// <summary>True when the template has no dynamic member at any depth.</summary>
    public bool IsConstant => _root is null ? _constant is not null : _root.Kind == MemberKind.Literal;

    /// <summary>Compiles a template of any JSON value. Throws <see cref="AslSyntaxException"/> for a bad path or intrinsic call.</summary>
    public static PayloadTemplate Compile(JValue template) =>
        template is JObject obj ? Compile(obj) : new PayloadTemplate(CompileValue(string.Empty, template));

    /// <summary>Compiles an object template. Throws <see cref="AslSyntaxException"/> for a bad path or intrinsic call.</summary>
    public static PayloadTemplate Compile(JObject template)
    {
        var members = new Member[template.Count];
        var constant = true;
        var i = 0;
        foreach (var (key, value) in template.Members)
        {
            var member = CompileMember(key, value);
            constant &= member.Kind == MemberKind.Literal;
            members[i++] = member;
        }

        if (!constant)
        {
            return new PayloadTemplate(members, null);
        }

        var builder = new JObjectBuilder(members.Length);
        foreach (var member in members)
        {
            builder.Set(member.Key, member.Literal!);
        }

        return new PayloadTemplate(members, builder.Build());
    }

    /// <summary>The template's value for <paramref name="input"/>: an object for an object template.</summary>
    public JValue Evaluate(JValue input, IDataScope scope)
    {
        if (_root is not null)
        {
            return _root.Evaluate(input, scope);
        }

        if (_constant is not null)
        {
            return _constant;
        }

        var result = new KeyValuePair<string, JValue>[_members.Length];
        var count = 0;
        for (var i = 0; i < _members.Length; i++)
        {
            var member = _members[i];
            var value = member.Evaluate(input, scope);
            var duplicate = false;
            for (var j = 0; j < count; j++)
            {
                if (string.Equals(result[j].Key, member.Key, StringComparison.Ordinal))
                {
                    result[j] = new KeyValuePair<string, JValue>(member.Key, value);
                    duplicate = true;
                    break;
                }
            }

            if (!duplicate)
            {
                result[count++] = new KeyValuePair<string, JValue>(member.Key, value);
            }
        }

        if (count != result.Length)
        {
            Array.Resize(ref result, count);
        }

        return JObject.Adopt(result);
    }

    private static Member CompileMember(string key, JValue value)
    {
        if (key.EndsWith(".$", StringComparison.Ordinal) && key.Length > 2)
        {
            var name = key[..^2];
            if (value is not JString text)
            {
                throw new AslSyntaxException($"The value of the field '{key}' must be a string (a path or an intrinsic function)");
            }

            if (IntrinsicFunction.LooksLikeCall(text.Value))
            {
                return new Member(name, key, MemberKind.Intrinsic) { Intrinsic = IntrinsicFunction.Parse(text.Value) };
            }

            return new Member(name, key, MemberKind.Path) { Path = JsonPath.Parse(text.Value) };
        }

        return CompileValue(key, value);
    }

    private static Member CompileValue(string key, JValue value)
    {
        switch (value)
        {
            case JObject obj:
            {
                var nested = Compile(obj);
                return nested.IsConstant
                    ? new Member(key, key, MemberKind.Literal) { Literal = nested._constant }
                    : new Member(key, key, MemberKind.Template) { Template = nested };
            }

            case JArray array:
            {
                var items = new Member[array.Count];
                var constant = true;
                for (var i = 0; i < array.Count; i++)
                {
                    items[i] = CompileValue(key, array[i]);
                    constant &= items[i].Kind == MemberKind.Literal;
                }

                if (constant)
                {
                    var literal = new JValue[items.Length];
                    for (var i = 0; i < items.Length; i++)
                    {
                        literal[i] = items[i].Literal!;
                    }

                    return new Member(key, key, MemberKind.Literal) { Literal = JArray.Adopt(literal) };
                }

                return new Member(key, key, MemberKind.Array) { Items = items };
            }

            default:
                return new Member(key, key, MemberKind.Literal) { Literal = value };
        }
    }

    private enum MemberKind : byte
    {
        Literal,
        Path,
        Intrinsic,
        Template,
        Array,
    }

    private sealed class Member
    {
        public Member(string key, string fieldName, MemberKind kind)
        {
            Key = key;
            FieldName = fieldName;
            Kind = kind;
        }

        public string Key { get; }

        /// <summary>The key as written (with <c>.$</c>), for error messages.</summary>
        public string FieldName { get; }

        public MemberKind Kind { get; }

        public JValue? Literal { get; init; }

        public JsonPath? Path { get; init; }

        public IntrinsicFunction? Intrinsic { get; init; }

        public PayloadTemplate? Template { get; init; }

        public Member[]? Items { get; init; }

        public JValue Evaluate(JValue input, IDataScope scope)
        {
            switch (Kind)
            {
                case MemberKind.Literal:
                    return Literal!;
                case MemberKind.Path:
                    if (Path!.TryEvaluate(input, scope, out var value))
                    {
                        return value;
                    }

                    throw new StatesException(
                        StatesErrors.Runtime,
                        $"The JSONPath '{Path.Text}' specified for the field '{FieldName}' could not be found in the input '{input.ToJson()}'");
                case MemberKind.Intrinsic:
                    return Intrinsic!.Evaluate(input, scope);
                case MemberKind.Template:
                    return Template!.Evaluate(input, scope);
                default:
                    var items = new JValue[Items!.Length];
                    for (var i = 0; i < items.Length; i++)
                    {
                        items[i] = Items[i].Evaluate(input, scope);
                    }

                    return JArray.Adopt(items);
            }
        }
    }
}
