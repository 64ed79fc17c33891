namespace GiaLaiIct.InformationTechnology.Domain;

/// <summary>
/// A unit's administrative dossiers of one period on the one-stop system: received (online, directly at the desk),
/// resolved (on time, late), still pending, and apologies sent for late ones. The optional parts are null when
/// not reported. The rules of <see cref="Problems"/> hold for every write, from the API or a dataset.
/// </summary>
public sealed record DossierFigures(
    long Received, long? ReceivedOnline, long? ReceivedDirect, long Resolved, long? ResolvedOnTime, long? ResolvedLate, long? Pending, long? Apologies)
{
    /// <summary>Each broken rule with the field (wire name, camelCase) it is told against.</summary>
    public IEnumerable<(string Field, string Message)> Problems()
    {
        foreach (var (field, value) in (IEnumerable<(string, long?)>)[
                     ("received", Received), ("receivedOnline", ReceivedOnline), ("receivedDirect", ReceivedDirect), ("resolved", Resolved),
                     ("resolvedOnTime", ResolvedOnTime), ("resolvedLate", ResolvedLate), ("pending", Pending), ("apologies", Apologies)])
        {
            if (value < 0)
            {
                yield return (field, $"must not be negative (got {value})");
            }
        }
        if (ReceivedOnline + ReceivedDirect is { } parts && parts != Received)
        {
            yield return ("receivedDirect", $"online ({ReceivedOnline}) and direct ({ReceivedDirect}) add up to {parts}, not to the {Received} received");
        }
        else if (ReceivedOnline > Received || ReceivedDirect > Received)
        {
            yield return (ReceivedOnline > Received ? "receivedOnline" : "receivedDirect", $"is more than the {Received} received");
        }
        if ((ResolvedOnTime ?? 0) + (ResolvedLate ?? 0) > Resolved)
        {
            yield return ("resolvedLate", $"on time ({ResolvedOnTime ?? 0}) and late ({ResolvedLate ?? 0}) are more than the {Resolved} resolved");
        }
        if (Resolved > Received)
        {
            yield return ("resolved", $"{Resolved} resolved is more than the {Received} received");
        }
        if (Pending is { } pending && Resolved + pending != Received)
        {
            yield return ("pending", $"resolved ({Resolved}) and pending ({pending}) add up to {Resolved + pending}, not to the {Received} received");
        }
        // An apology goes with a dossier past its deadline: resolved late, or still pending past it.
        if ((ResolvedLate is not null || Pending is not null) && Apologies > (ResolvedLate ?? 0) + (Pending ?? 0))
        {
            yield return ("apologies", $"{Apologies} apologies is more than the {(ResolvedLate ?? 0) + (Pending ?? 0)} late and pending dossiers");
        }
    }
}
