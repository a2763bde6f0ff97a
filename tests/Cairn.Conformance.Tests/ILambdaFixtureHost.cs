namespace Cairn.Conformance.Tests;

/// <summary>An implementation under test that can create the Lambda functions a recorded unit's <c>create_lambda_function</c> fixture asks for.</summary>
public interface ILambdaFixtureHost
{
    /// <summary>Creates <paramref name="name"/> from one Python source file, <c>handler.py</c>, zipped.</summary>
    void CreateFunction(string name, string runtime, string handler, string code, int timeout);
}
