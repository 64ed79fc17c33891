namespace GiaLaiIct.ServiceKit.Data;

/// <summary>
/// A registry record that knows which of its values a client sets: the API's create compares with them
/// (<see cref="IdempotentCreate"/>), its update and the dataset import copy them, through the same two methods, so
/// what counts as "the same record" is written once per entity.
/// </summary>
public interface IRecordValues<in TSelf>
{
    /// <summary>Whether this record already holds every value <paramref name="candidate"/> sets.</summary>
    bool Says(TSelf candidate);

    /// <summary>Gives this record the values <paramref name="candidate"/> sets; whether any of them differed.</summary>
    bool Take(TSelf candidate);
}
