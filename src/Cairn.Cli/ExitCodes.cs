namespace Cairn.Cli;

/// <summary>Process exit codes.</summary>
public static class ExitCodes
{
    /// <summary>The command did what was asked (the execution succeeded; the definition is valid).</summary>
    public const int Ok = 0;

    /// <summary>The execution did not succeed, the definition is invalid, or an input could not be read.</summary>
    public const int Failed = 1;

    /// <summary>The command line itself is wrong.</summary>
    public const int Usage = 2;
}
