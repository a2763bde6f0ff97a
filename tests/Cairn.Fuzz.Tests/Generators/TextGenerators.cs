using System.Text;

namespace Cairn.Fuzz.Tests.Generators;

/// <summary>
/// Seeded generators of inputs for the fuzz targets: mostly well-formed pieces of each language
/// put together at random, then broken (truncated, spliced, bytes flipped), so that inputs reach
/// past the first syntax check.
/// </summary>
internal sealed class TextGenerators(Random random)
{
    private static readonly string[] JsonPathSegments =
    [
        ".a", ".b", ".o", ".k", ".v", ".s", ".*", "..", "..v", "..*", "[0]", "[1]", "[-1]", "[99]", "[1:3]", "[::2]", "[-2:]", "[:1]", "[*]",
        "['a','b']", "['a']", "[0,1]", "[?(@.v > 1)]", "[?(@.id == 2)]", "[?(@.v)]", "[?(@.s =~ /t.*/)]", "[?(@.v in [1,2])]", "[?(@.v nin [1])]",
        "[?(@.v >= 1 && @.v < 3)]", "[?(@.v == 1 || !@.x)]", "[?(@ > 1)]", "[?(@.c == 'd')]", "[?(@.v == $.a)]", ".length()", ".min()", ".max()",
        ".avg()", ".sum()", ".stddev()", ".keys()", ".first()", ".last()", "[?(@.a size 2)]", "['it''s']", "[\"q\"]", ".\u00e9", ".a b", ".$",
        "[", "]", "(", ")", "'", "\"", "?", "@", ">", "=", "!", "[0:0:0]", "[1e3]", "[2147483648]", "[?()]", "[?(@.v == )]", ".", "\\", " ",
    ];

    private static readonly string[] PathRoots = ["$", "$", "$", "$$", "$$.Execution", "$$.State", "$v", "$name", "$undefined", "", "@", "a", "$."];

    private static readonly string[] Intrinsics =
    [
        "States.Array", "States.ArrayContains", "States.ArrayGetItem", "States.ArrayLength", "States.ArrayPartition", "States.ArrayRange",
        "States.ArrayUnique", "States.Base64Decode", "States.Base64Encode", "States.Format", "States.Hash", "States.JsonMerge",
        "States.JsonToString", "States.MathAdd", "States.MathRandom", "States.StringSplit", "States.StringToJson", "States.UUID",
        "States.Nope", "States.format", "States.",
    ];

    private static readonly string[] IntrinsicLiterals =
    [
        "'text'", "'a,b,c'", "','", "'{}'", "'{} and {}'", "'\\{\\}'", "'\\''", "'{\"x\":1}'", "'[1,2]'", "'SHA-256'", "'MD5'", "'SHA-1'", "'SHA-384'",
        "'SHA-512'", "'MD4'", "'aGVsbG8='", "'!!'", "''", "1", "0", "-1", "2.5", "1e3", "2147483647", "-2147483649", "1000000", "null", "true",
        "$.a", "$.b", "$.s", "$.o", "$.big", "$.b[0]", "$.b[5]", "$$.Execution.Id", "$v", "$name", "$.missing", "$..v", "'unterminated", "$", "@",
    ];

    private static readonly string[] JsonataTokens =
    [
        "a", "b", "s", "o", "o.k", "o.k.v", "items", "items.id", "b[0]", "b[-1]", "b[[0..1]]", "$", "$$", "$v", "$name", "$states", "$x", "1", "0", "-1",
        "2.5", "1e308", "'str'", "\"str\"", "true", "false", "null", "[1,2,3]", "{\"k\":1}", "[1..5]", "[1..100000]", "+", "-", "*", "/", "%", "&",
        "=", "!=", "<", "<=", ">", ">=", "and", "or", "in", "~>", "?", ":", "..", "^(", "^(>", ")", "(", "[", "]", "{", "}", ",", ";", ":=", ".", "@",
        "#", "$i", "**", "function($x){$x}", "function($x){$x*2}", "λ($f){$f($f)}", "$sum(", "$count(", "$map(", "$filter(", "$reduce(", "$string(",
        "$number(", "$substring(", "$join(", "$split(", "$replace(", "$match(", "$keys(", "$lookup(", "$each(", "$sort(", "$append(", "$exists(",
        "$length(", "$uppercase(", "$eval(", "$formatNumber(", "$fromMillis(", "$toMillis(", "$now()", "$random()", "$pad(", "$contains(",
        "$formatInteger(", "$parseInteger(", "$base64decode(", "$zip(", "$spread(", "$merge(", "$sift(", "$distinct(", "$shuffle(", "$abs(",
        "$power(", "$sqrt(", "$round(", "$single(", "$type(", "$not(", "$boolean(", "$assert(", "$error(", "/[a-z]+/i", "/(/", "`weird name`", " ",
    ];

    private static readonly string[] JsonataTemplates =
    [
        "$map({0}, function($v, $i){{ {1} }})", "$filter({0}, function($v){{ {1} }})", "$reduce({0}, function($a, $b){{ {1} }}, 0)",
        "({0}; {1})", "$x := {0}; $x {1}", "{0} ? {1} : {0}", "{{ {0}: {1} }}", "[{0}, {1}]", "{0}[{1}]", "{0}.({1})", "{0} ~> $string",
        "$sort({0}, function($l, $r){{ {1} }})", "{0}@$e.{1}", "{0}#$p[{1}]", "$f := function($n){{ $n <= 0 ? 0 : $f($n - 1) }}; $f({0})",
        "$formatNumber({0}, '#,##0.00')", "$fromMillis({0}, '[Y0001]-[M01]-[D01]')", "$toMillis({0})", "$substring({0}, {1}, 2)",
        "$pad({0}, {1})", "$formatInteger({0}, 'w')", "$formatInteger({0}, 'I')", "$parseInteger({0}, '#0')", "$replace({0}, /a/, {1})",
    ];

    public string JsonPath()
    {
        var sb = new StringBuilder(Pick(PathRoots));
        var segments = random.Next(0, 6);
        for (var i = 0; i < segments; i++)
        {
            sb.Append(Pick(JsonPathSegments));
        }

        return Break(sb.ToString());
    }

    public string Intrinsic() => Break(Call(0));

    private string Call(int depth)
    {
        var sb = new StringBuilder(Pick(Intrinsics)).Append('(');
        var count = random.Next(0, 5);
        for (var i = 0; i < count; i++)
        {
            if (i > 0)
            {
                sb.Append(random.Next(10) == 0 ? "," : ", ");
            }

            sb.Append(depth < 3 && random.Next(4) == 0 ? Call(depth + 1) : Pick(IntrinsicLiterals));
        }

        return sb.Append(')').ToString();
    }

    public string Jsonata()
    {
        var text = random.Next(3) == 0 ? Tokens(random.Next(1, 12)) : Template(0);
        return Break(text);
    }

    private string Template(int depth)
    {
        if (depth >= 3 || random.Next(3) == 0)
        {
            return Tokens(random.Next(1, 5));
        }

        return string.Format(System.Globalization.CultureInfo.InvariantCulture, Pick(JsonataTemplates), Template(depth + 1), Template(depth + 1));
    }

    private string Tokens(int count)
    {
        var sb = new StringBuilder();
        for (var i = 0; i < count; i++)
        {
            sb.Append(Pick(JsonataTokens));
            if (random.Next(3) == 0)
            {
                sb.Append(' ');
            }
        }

        return sb.ToString();
    }

    /// <summary>A random JSON document as text (sometimes broken).</summary>
    public byte[] Json()
    {
        var sb = new StringBuilder();
        Value(sb, 0);
        return BreakBytes(Encoding.UTF8.GetBytes(sb.ToString()));
    }

    /// <summary>A request body: a JSON object whose members are the API's, with values of every kind (sometimes broken).</summary>
    public byte[] RequestBody()
    {
        string[] members = ["name", "definition", "input", "stateMachineArn", "executionArn", "maxResults", "nextToken", "tags", "roleArn", "type", "output", "taskToken", "publish"];
        var sb = new StringBuilder("{");
        var count = random.Next(0, 6);
        for (var i = 0; i < count; i++)
        {
            if (i > 0)
            {
                sb.Append(',');
            }

            sb.Append('"').Append(Pick(members)).Append("\":");
            Value(sb, 1);
        }

        return BreakBytes(Encoding.UTF8.GetBytes(sb.Append('}').ToString()));
    }

    private void Value(StringBuilder sb, int depth)
    {
        switch (depth > 4 ? random.Next(6) : random.Next(9))
        {
            case 0: sb.Append("null"); break;
            case 1: sb.Append(random.Next(2) == 0 ? "true" : "false"); break;
            case 2: sb.Append(Pick(["0", "-0", "1", "-1", "1.5", "1e308", "-1e-308", "1e400", "123456789012345678901234567890", "9223372036854775807", "9223372036854775808", "0.1", "4.9e-324", "2E+3"])); break;
            case 3: sb.Append(Pick(["\"\"", "\"a\"", "\"\\u00e9\"", "\"\\ud83d\\ude00\"", "\"\\ud800\"", "\"\\udc00x\"", "\"\\n\\t\\\"\"", "\"\\u0000\"", "\"é😀\"", "\"\\/\""])); break;
            case 4: sb.Append('"').Append(new string('x', random.Next(0, 40))).Append('"'); break;
            case 5: sb.Append(random.Next(40) == 0 ? new string('[', 600) + new string(']', 600) : "[]"); break;
            case 6 or 7:
                sb.Append('[');
                var items = random.Next(0, 4);
                for (var i = 0; i < items; i++)
                {
                    if (i > 0)
                    {
                        sb.Append(',');
                    }

                    Value(sb, depth + 1);
                }

                sb.Append(']');
                break;
            default:
                sb.Append('{');
                var members = random.Next(0, 4);
                for (var i = 0; i < members; i++)
                {
                    if (i > 0)
                    {
                        sb.Append(',');
                    }

                    sb.Append(Pick(["\"a\"", "\"b\"", "\"a\"", "\"\"", "\"\\u00e9\"", "\"\\ud800\"", "\"x.$\""])).Append(':');
                    Value(sb, depth + 1);
                }

                sb.Append('}');
                break;
        }
    }

    /// <summary>Breaks a text now and then: cut short, a character dropped, doubled or replaced.</summary>
    public string Break(string text)
    {
        if (text.Length == 0 || random.Next(4) != 0)
        {
            return text;
        }

        var at = random.Next(text.Length);
        return random.Next(4) switch
        {
            0 => text[..at],
            1 => text.Remove(at, 1),
            2 => text.Insert(at, text[at].ToString()),
            _ => text.Remove(at, 1).Insert(at, Pick(["(", ")", "[", "]", "'", "\"", "\\", "{", "}", ",", "$", ".", "\u0000", "\ud800", "😀"])),
        };
    }

    private byte[] BreakBytes(byte[] bytes)
    {
        if (bytes.Length == 0 || random.Next(3) != 0)
        {
            return bytes;
        }

        var list = bytes.ToList();
        var at = random.Next(list.Count);
        switch (random.Next(5))
        {
            case 0: return list.Take(at).ToArray();
            case 1: list[at] ^= (byte)(1 << random.Next(8)); break;
            case 2: list.InsertRange(at, Pick<byte[]>([[0xff], [0xc3, 0x28], [0xed, 0xa0, 0x80], [0xf0, 0x9f], [0xc0, 0x80], [0xf4, 0x90, 0x80, 0x80]])); break;
            case 3: list.RemoveAt(at); break;
            default: list.InsertRange(at, Encoding.ASCII.GetBytes(Pick(["\\ud800", "\\u", "\"", ",", "{", "]", "\\"]))); break;
        }

        return list.ToArray();
    }

    private T Pick<T>(IReadOnlyList<T> items) => items[random.Next(items.Count)];
}
