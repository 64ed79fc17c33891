using Google.Protobuf;
using Google.Protobuf.Reflection;
using Google.Protobuf.WellKnownTypes;

namespace GiaLaiIct.Fuzz.Tests;

/// <summary>
/// A request message of any type, filled from its descriptor: some fields set, each with a value of its type
/// drawn from <see cref="NastyText"/> or edge numbers; nested messages a level or two deep.
/// </summary>
public static class MessageGenerator
{
    private static readonly long[] EdgeIntegers = [0, 1, -1, 2, 7, 9, 10, 12, 13, 50, 100, 101, 1000, 2018, 99999, int.MaxValue, int.MinValue, long.MaxValue, long.MinValue];

    public static IMessage Create(Fuzzer fuzzer, MessageDescriptor descriptor, int depth = 0)
    {
        var message = descriptor.Parser.ParseFrom(ByteString.Empty);
        foreach (var field in descriptor.Fields.InDeclarationOrder())
        {
            if (!fuzzer.Chance(70) || field.IsMap || (field.FieldType == FieldType.Message && depth >= 2))
            {
                continue;
            }
            if (field.IsRepeated)
            {
                var list = (System.Collections.IList)field.Accessor.GetValue(message);
                for (var count = fuzzer.Next(4); count > 0; count--)
                {
                    if (Value(fuzzer, field, depth) is { } item)
                    {
                        list.Add(item);
                    }
                }
            }
            else if (Value(fuzzer, field, depth) is { } value)
            {
                field.Accessor.SetValue(message, value);
            }
        }
        return message;
    }

    private static object? Value(Fuzzer fuzzer, FieldDescriptor field, int depth) => field.FieldType switch
    {
        FieldType.String => fuzzer.Draw(NastyText.Any),
        FieldType.Bytes => ByteString.CopyFrom(fuzzer.Bytes(0, 64)),
        FieldType.Bool => fuzzer.Chance(50),
        FieldType.Int32 or FieldType.SInt32 or FieldType.SFixed32 => (int)Integer(fuzzer),
        FieldType.UInt32 or FieldType.Fixed32 => (uint)Integer(fuzzer),
        FieldType.Int64 or FieldType.SInt64 or FieldType.SFixed64 => Integer(fuzzer),
        FieldType.UInt64 or FieldType.Fixed64 => (ulong)Integer(fuzzer),
        FieldType.Double => fuzzer.Pick([0d, -1d, 1.5, double.NaN, double.PositiveInfinity, double.MaxValue, 1e-300]),
        FieldType.Float => fuzzer.Pick([0f, -1f, 1.5f, float.NaN, float.NegativeInfinity]),
        FieldType.Enum => fuzzer.Chance(80) ? field.EnumType.Values[fuzzer.Next(field.EnumType.Values.Count)].Number : fuzzer.Next(1000) - 10,
        FieldType.Message when field.MessageType.FullName == Timestamp.Descriptor.FullName =>
            new Timestamp { Seconds = fuzzer.Pick([0L, -62135596800L, 253402300799L, 1_543_622_400L]), Nanos = fuzzer.Next(1000) },
        FieldType.Message when field.MessageType.File.Package == "google.protobuf" => null,
        FieldType.Message => Create(fuzzer, field.MessageType, depth + 1),
        _ => null,
    };

    private static long Integer(Fuzzer fuzzer) => fuzzer.Chance(80) ? fuzzer.Pick(EdgeIntegers) : fuzzer.Draw(CsCheck.Gen.Long);
}
