using Cairn.Json;
using Cairn.Jsonata.Lexing;

namespace Cairn.Jsonata.Parsing;

/// <summary>
/// A Pratt (top-down operator precedence) parser for JSONata, with JSONata's binding powers.
/// It produces the raw syntax tree; <see cref="PostProcessor"/> then gives it its final shape.
/// </summary>
internal sealed class Parser
{
    private const int MaxNesting = 1000;

    private readonly Lexer _lexer;
    private Token _current;
    private Token _previous;
    private int _nesting;

    private Parser(string text)
    {
        _lexer = new Lexer(text);
        _current = _lexer.Next(operandExpected: true);
    }

    public static AstNode Parse(string text)
    {
        var parser = new Parser(text);
        var root = parser.Expression(0);
        if (parser._current.Kind != TokenKind.End)
        {
            throw JsonataErrors.Create("S0201", parser._current.Position, parser._current.Text);
        }

        return PostProcessor.Process(root);
    }

    private static int BindingPower(in Token token)
    {
        if (token.Kind != TokenKind.Operator)
        {
            return 0;
        }

        return token.Text switch
        {
            "." => 75,
            "[" or "(" or "@" or "#" => 80,
            "{" => 70,
            "?" or ".." => 20,
            "+" or "-" or "&" => 50,
            "*" or "/" or "%" => 60,
            "=" or "<" or ">" or "^" or "!=" or "<=" or ">=" or "~>" or "?:" or "??" or "in" => 40,
            "and" => 30,
            "or" => 25,
            ":=" => 10,
            _ => 0,
        };
    }

    private void Advance(string? expected = null)
    {
        if (expected is not null && !(_current.Kind == TokenKind.Operator && _current.Text == expected))
        {
            if (_current.Kind == TokenKind.End)
            {
                throw JsonataErrors.Create("S0203", _current.Position, expected: expected);
            }

            throw JsonataErrors.Create("S0202", _current.Position, _current.Text, expected: expected);
        }

        _previous = _current;
        _current = _lexer.Next(OperandMayFollow(_previous));
        if (_current.Kind == TokenKind.Operator && _current.Text is "!" or "~")
        {
            throw JsonataErrors.Create("S0204", _current.Position, _current.Text);
        }
    }

    private static bool OperandMayFollow(in Token previous) => previous.Kind switch
    {
        TokenKind.Name or TokenKind.Variable or TokenKind.String or TokenKind.Number or TokenKind.Value or TokenKind.Regex => false,
        TokenKind.Operator => previous.Text is not (")" or "]" or "}"),
        _ => true,
    };

    private AstNode Expression(int rightBindingPower)
    {
        if (++_nesting > MaxNesting)
        {
            throw JsonataErrors.Limit(JsonataErrors.StackOverflowMessage);
        }

        var token = _current;
        Advance();
        var left = Prefix(token);
        while (rightBindingPower < BindingPower(_current))
        {
            token = _current;
            Advance();
            left = Infix(token, left);
        }

        _nesting--;
        return left;
    }

    private AstNode Prefix(Token token)
    {
        switch (token.Kind)
        {
            case TokenKind.End:
                throw JsonataErrors.Create("S0207", token.Position);
            case TokenKind.Name:
                if ((token.Text == "function" || token.Text == "λ") && _current.Is("("))
                {
                    return Lambda(token);
                }

                return new AstNode(AstKind.Name, token.Position, token.Text);
            case TokenKind.Variable:
                return new AstNode(AstKind.Variable, token.Position, token.Text);
            case TokenKind.String:
                return new AstNode(AstKind.String, token.Position, token.Text) { Literal = token.Literal };
            case TokenKind.Number:
                return new AstNode(AstKind.Number, token.Position, token.Text) { Literal = token.Literal };
            case TokenKind.Value:
                return new AstNode(AstKind.Value, token.Position, token.Text) { Literal = token.Literal };
            case TokenKind.Regex:
                return new AstNode(AstKind.Regex, token.Position, token.Text) { RegexFlags = token.RegexFlags };
        }

        switch (token.Text)
        {
            case "-":
            {
                var operand = Expression(70);
                if (operand.Kind == AstKind.Number && operand.Literal is JNumber n)
                {
                    return new AstNode(AstKind.Number, token.Position, "-" + operand.Value) { Literal = Values.Numbers.From(-n.DoubleValue) };
                }

                return new AstNode(AstKind.Negate, token.Position, "-") { Lhs = operand };
            }

            case "*":
                return new AstNode(AstKind.Wildcard, token.Position, "*");
            case "**":
                return new AstNode(AstKind.Descendant, token.Position, "**");
            case "%":
                return new AstNode(AstKind.Parent, token.Position, "%");
            case "and" or "or" or "in":
                return new AstNode(AstKind.Name, token.Position, token.Text);
            case "(":
            {
                var items = new List<AstNode>();
                while (!_current.Is(")"))
                {
                    items.Add(Expression(0));
                    if (!_current.Is(";"))
                    {
                        break;
                    }

                    Advance(";");
                }

                Advance(")");
                return new AstNode(AstKind.Block, token.Position, "(") { Items = items };
            }

            case "[":
            {
                var items = new List<AstNode>();
                if (!_current.Is("]"))
                {
                    while (true)
                    {
                        var item = Expression(0);
                        if (_current.Is(".."))
                        {
                            var range = _current;
                            Advance("..");
                            item = new AstNode(AstKind.Binary, range.Position, "..") { Lhs = item, Rhs = Expression(0) };
                        }

                        items.Add(item);
                        if (!_current.Is(","))
                        {
                            break;
                        }

                        Advance(",");
                    }
                }

                Advance("]");
                return new AstNode(AstKind.ArrayConstructor, token.Position, "[") { Items = items };
            }

            case "{":
                return new AstNode(AstKind.ObjectConstructor, token.Position, "{") { Pairs = ObjectPairs() };
            case "|":
            {
                var pattern = Expression(0);
                Advance("|");
                var update = Expression(0);
                AstNode? delete = null;
                if (_current.Is(","))
                {
                    Advance(",");
                    delete = Expression(0);
                }

                Advance("|");
                return new AstNode(AstKind.Transform, token.Position, "|") { Lhs = pattern, Rhs = update, Else = delete };
            }
        }

        throw JsonataErrors.Create("S0211", token.Position, token.Text);
    }

    private List<(AstNode, AstNode)> ObjectPairs()
    {
        var pairs = new List<(AstNode, AstNode)>();
        if (!_current.Is("}"))
        {
            while (true)
            {
                var key = Expression(0);
                Advance(":");
                var value = Expression(0);
                pairs.Add((key, value));
                if (!_current.Is(","))
                {
                    break;
                }

                Advance(",");
            }
        }

        Advance("}");
        return pairs;
    }

    private AstNode Infix(Token token, AstNode left)
    {
        if (token.Kind != TokenKind.Operator)
        {
            throw JsonataErrors.Create("S0201", token.Position, token.Text);
        }

        var position = token.Position;
        switch (token.Text)
        {
            case "." or "+" or "-" or "*" or "/" or "%" or "=" or "!=" or "<" or "<=" or ">" or ">=" or "&" or "and" or "or" or "in" or "..":
                return new AstNode(AstKind.Binary, position, token.Text) { Lhs = left, Rhs = Expression(BindingPower(token)) };
            case "~>":
                return new AstNode(AstKind.Apply, position, "~>") { Lhs = left, Rhs = Expression(40) };
            case ":=":
                if (left.Kind != AstKind.Variable)
                {
                    throw JsonataErrors.Create("S0212", left.Position, left.Value);
                }

                return new AstNode(AstKind.Bind, position, ":=") { Lhs = left, Rhs = Expression(9) };
            case "?":
            {
                var then = Expression(0);
                AstNode? otherwise = null;
                if (_current.Is(":"))
                {
                    Advance(":");
                    otherwise = Expression(0);
                }

                return new AstNode(AstKind.Condition, position, "?") { Condition = left, Then = then, Else = otherwise };
            }

            case "?:":
                return new AstNode(AstKind.Default, position, "?:") { Lhs = left, Rhs = Expression(0) };
            case "??":
                return new AstNode(AstKind.Coalesce, position, "??") { Lhs = left, Rhs = Expression(0) };
            case "(":
                return Call(position, left);
            case "[":
            {
                if (_current.Is("]"))
                {
                    var step = left;
                    while (step.Kind == AstKind.Binary && step.Value == "[")
                    {
                        step = step.Lhs!;
                    }

                    step.KeepArray = true;
                    Advance("]");
                    return left;
                }

                var predicate = Expression(0);
                Advance("]");
                return new AstNode(AstKind.Binary, position, "[") { Lhs = left, Rhs = predicate };
            }

            case "{":
                return new AstNode(AstKind.Binary, position, "{") { Lhs = left, Pairs = ObjectPairs() };
            case "^":
            {
                Advance("(");
                var terms = new List<SortTerm>();
                while (true)
                {
                    var descending = false;
                    if (_current.Is("<"))
                    {
                        Advance("<");
                    }
                    else if (_current.Is(">"))
                    {
                        descending = true;
                        Advance(">");
                    }

                    terms.Add(new SortTerm(Expression(0), descending));
                    if (!_current.Is(","))
                    {
                        break;
                    }

                    Advance(",");
                }

                Advance(")");
                return new AstNode(AstKind.Sort, position, "^") { Lhs = left, Terms = terms };
            }

            case "@" or "#":
            {
                var variable = Expression(80);
                if (variable.Kind != AstKind.Variable)
                {
                    throw JsonataErrors.Create("S0214", variable.Position, token.Text);
                }

                return new AstNode(AstKind.Binary, position, token.Text) { Lhs = left, Rhs = variable };
            }
        }

        throw JsonataErrors.Create("S0204", position, token.Text);
    }

    private AstNode Call(int position, AstNode procedure)
    {
        var arguments = new List<AstNode>();
        var partial = false;
        if (!_current.Is(")"))
        {
            while (true)
            {
                if (_current.Is("?"))
                {
                    partial = true;
                    arguments.Add(new AstNode(AstKind.Placeholder, _current.Position, "?"));
                    Advance("?");
                }
                else
                {
                    arguments.Add(Expression(0));
                }

                if (!_current.Is(","))
                {
                    break;
                }

                Advance(",");
            }
        }

        Advance(")");
        return new AstNode(partial ? AstKind.PartialApplication : AstKind.FunctionCall, position, "(") { Lhs = procedure, Items = arguments };
    }

    private AstNode Lambda(Token keyword)
    {
        Advance("(");
        var parameters = new List<string>();
        if (!_current.Is(")"))
        {
            while (true)
            {
                if (_current.Kind != TokenKind.Variable)
                {
                    throw JsonataErrors.Create("S0208", _current.Position, value: new JString(_current.Text));
                }

                parameters.Add(_current.Text);
                Advance();
                if (!_current.Is(","))
                {
                    break;
                }

                Advance(",");
            }
        }

        Advance(")");
        Signatures.Signature? signature = null;
        if (_current.Is("<"))
        {
            var text = _lexer.ReadSignature(_current.Position - 1);
            signature = Signatures.Signature.Parse(text, _current.Position);
            _previous = new Token(TokenKind.Operator, ">", _current.Position);
            _current = _lexer.Next(operandExpected: true);
        }

        Advance("{");
        var body = Expression(0);
        Advance("}");
        return new AstNode(AstKind.Lambda, keyword.Position, "function") { Parameters = parameters, Signature = signature, Body = body };
    }
}
