namespace Cairn.Integrations.Iam;

/// <summary>
/// Whole records kept in memory by a key (IAM names and ARNs, compared without regard to case),
/// listed in key order; thread-safe. Every change replaces a whole record, as <see cref="IIamStore"/> says.
/// </summary>
internal sealed class KeyedDocuments<T>(Func<T, string> keyOf)
    where T : class
{
    private readonly SortedDictionary<string, T> _documents = new(StringComparer.OrdinalIgnoreCase);

    public T? Get(string key)
    {
        lock (_documents)
        {
            return _documents.GetValueOrDefault(key);
        }
    }

    public IReadOnlyList<T> List()
    {
        lock (_documents)
        {
            return _documents.Values.ToList();
        }
    }

    public void Put(T document)
    {
        lock (_documents)
        {
            _documents[keyOf(document)] = document;
        }
    }

    public bool Delete(string key)
    {
        lock (_documents)
        {
            return _documents.Remove(key);
        }
    }
}
