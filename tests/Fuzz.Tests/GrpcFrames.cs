using System.Buffers.Binary;
using System.IO.Compression;
using Google.Protobuf;
using Google.Protobuf.Reflection;

namespace GiaLaiIct.Fuzz.Tests;

/// <summary>
/// The body of a gRPC call as bytes on the wire, mostly a well-framed message of the method's request type
/// with fuzzed fields, otherwise broken the ways a client breaks it: random or truncated protobuf, flipped
/// bytes, a compressed flag of 2–255 or of 1 without (or with a lying) grpc-encoding, a length prefix over the
/// limit (4 GB among them) or not matching the body, two messages for a unary method, no message at all.
/// </summary>
public static class GrpcFrames
{
    public sealed record Frame(string Kind, byte[] Body, string? Encoding);

    public static Frame Create(Fuzzer fuzzer, MessageDescriptor request)
    {
        var message = MessageGenerator.Create(fuzzer, request).ToByteArray();
        return fuzzer.Next(14) switch
        {
            0 or 1 or 2 or 3 => new("valid", Framed(0, message), null),
            4 => new("random-bytes", Framed(0, fuzzer.Bytes(1, 200)), null),
            5 => new("truncated-message", Framed(0, message.Length > 1 ? message[..fuzzer.Next(message.Length)] : [0x0A]), null),
            6 => new("flipped-bytes", Framed(0, Flip(fuzzer, message.Length > 0 ? message : [0x0A, 0x05, 0x41])), null),
            7 => new("bad-compressed-flag", Framed((byte)(2 + fuzzer.Next(254)), message), null),
            8 => new("compressed-without-encoding", Framed(1, message), null),
            9 => new("compressed-garbage", Framed(1, fuzzer.Bytes(0, 40)), "gzip"),
            10 => new("huge-length-prefix", WithLength(Framed(0, message), fuzzer.Pick([uint.MaxValue, 0x8000_0000u, 4 * 1024 * 1024 + 1u, 64 * 1024 * 1024u])), null),
            11 => new("short-length-prefix", WithLength(Framed(0, message), (uint)(message.Length + 1 + fuzzer.Next(100))), null),
            12 => new("two-messages", [.. Framed(0, message), .. Framed(0, message)], null),
            _ => fuzzer.Chance(50) ? new("empty-body", [], null) : new("gzip-valid", Framed(1, Gzip(message)), "gzip"),
        };
    }

    public static byte[] Framed(byte flag, byte[] message)
    {
        var frame = new byte[5 + message.Length];
        frame[0] = flag;
        BinaryPrimitives.WriteUInt32BigEndian(frame.AsSpan(1), (uint)message.Length);
        message.CopyTo(frame, 5);
        return frame;
    }

    private static byte[] WithLength(byte[] frame, uint length)
    {
        BinaryPrimitives.WriteUInt32BigEndian(frame.AsSpan(1), length);
        return frame;
    }

    private static byte[] Flip(Fuzzer fuzzer, byte[] message)
    {
        var copy = (byte[])message.Clone();
        for (var flips = 1 + fuzzer.Next(3); flips > 0; flips--)
        {
            copy[fuzzer.Next(copy.Length)] ^= (byte)(1 << fuzzer.Next(8));
        }
        return copy;
    }

    private static byte[] Gzip(byte[] message)
    {
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.Fastest, leaveOpen: true))
        {
            gzip.Write(message);
        }
        return buffer.ToArray();
    }
}
