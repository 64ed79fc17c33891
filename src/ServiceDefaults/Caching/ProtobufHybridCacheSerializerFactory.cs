using System.Buffers;
using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using Google.Protobuf;
using Microsoft.Extensions.Caching.Hybrid;

namespace GiaLaiIct.ServiceDefaults.Caching;

/// <summary>
/// Caches protobuf messages in their own binary form. The default JSON serializer cannot rebuild
/// a message's repeated fields (they have no setter), so a cached list would come back empty.
/// </summary>
public sealed class ProtobufHybridCacheSerializerFactory : IHybridCacheSerializerFactory
{
    public bool TryCreateSerializer<T>([NotNullWhen(true)] out IHybridCacheSerializer<T>? serializer)
    {
        if (typeof(IMessage).IsAssignableFrom(typeof(T))
            && typeof(T).GetProperty("Parser", BindingFlags.Public | BindingFlags.Static)?.GetValue(null) is MessageParser parser)
        {
            serializer = new ProtobufSerializer<T>(parser);
            return true;
        }
        serializer = null;
        return false;
    }

    private sealed class ProtobufSerializer<T>(MessageParser parser) : IHybridCacheSerializer<T>
    {
        public T Deserialize(ReadOnlySequence<byte> source) => (T)parser.ParseFrom(source);

        public void Serialize(T value, IBufferWriter<byte> target) => ((IMessage)value!).WriteTo(target);
    }
}
