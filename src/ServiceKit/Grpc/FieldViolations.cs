using Google.Protobuf.WellKnownTypes;
using Google.Rpc;
using Grpc.Core;

namespace GiaLaiIct.ServiceKit.Grpc;

/// <summary>
/// Collects every problem of a request before anything is written, then fails the call once with
/// InvalidArgument and a <c>google.rpc.BadRequest</c> naming each field (JSON names, as REST clients see them).
/// </summary>
public sealed class FieldViolations
{
    private readonly List<BadRequest.Types.FieldViolation> _violations = [];

    public bool IsEmpty => _violations.Count == 0;

    public IReadOnlyList<BadRequest.Types.FieldViolation> Items => _violations;

    public FieldViolations Add(string field, string description)
    {
        _violations.Add(new BadRequest.Types.FieldViolation { Field = field, Description = description });
        return this;
    }

    /// <summary>Adds a violation when the text is missing or blank; answers whether it was present.</summary>
    public bool Required(string field, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            return true;
        }
        Add(field, "is required");
        return false;
    }

    public void MaxLength(string field, string? value, int maxLength)
    {
        if (value is not null && value.Length > maxLength)
        {
            Add(field, $"must be at most {maxLength} characters (got {value.Length})");
        }
    }

    public void ThrowIfAny()
    {
        if (!IsEmpty)
        {
            throw ToException();
        }
    }

    public RpcException ToException()
    {
        var status = new Google.Rpc.Status
        {
            Code = (int)Code.InvalidArgument,
            Message = "Invalid request: " + string.Join("; ", _violations.Select(v => $"{v.Field} {v.Description}")),
            Details = { Any.Pack(new BadRequest { FieldViolations = { _violations } }) },
        };
        return status.ToRpcException();
    }

    /// <summary>Why a write into a province the platform does not hold is refused (after the field name: "province 99 is not loaded…"), and how it comes to hold it.</summary>
    public static string ProvinceNotLoaded(string province) =>
        $"{province} is not loaded: import its units.csv first (POST /api/v1/provinces/{province}/datasets)";

    public static RpcException ForField(string field, string description) =>
        new FieldViolations().Add(field, description).ToException();
}
