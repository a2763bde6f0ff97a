namespace Cairn.Jsonata.Signatures;

/// <summary>One parameter of a signature: the type symbols it accepts and its option.</summary>
internal sealed class SignatureParameter
{
    public SignatureParameter(string types, char option, char arraySubtype)
    {
        Types = types;
        Option = option;
        ArraySubtype = arraySubtype;
    }

    /// <summary>Accepted type symbols, expanded: b n s l a o f.</summary>
    public string Types { get; }

    /// <summary><c>'\0'</c> for exactly one, <c>'?'</c> optional, <c>'+'</c> one or more, <c>'-'</c> taken from the context when missing.</summary>
    public char Option { get; }

    /// <summary>For <c>a&lt;x&gt;</c> the item type symbol, otherwise <c>'\0'</c>.</summary>
    public char ArraySubtype { get; }

    /// <summary>The parameter is exactly the array type: a single value passed for it becomes a one-item array.</summary>
    public bool IsArray => Types == "a";

    public bool Accepts(char symbol) => symbol == 'm' || IsArray || Types.Contains(symbol, StringComparison.Ordinal);
}
