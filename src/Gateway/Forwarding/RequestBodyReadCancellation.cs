using System.Buffers;
using System.IO.Pipelines;
using Microsoft.AspNetCore.Http.Features;

namespace GiaLaiIct.Gateway.Forwarding;

/// <summary>
/// Gives the forwarder a request body whose reads stop through <see cref="PipeReader.CancelPendingRead"/> rather than
/// through a cancelled token. When a service answers before the client has sent all of its body, the forwarder cancels
/// its copy of the body; Kestrel's HTTP/1.1 body reader, cancelled by token, stays marked as mid-read, so Kestrel's own
/// drain of the rest of the body fails, logs an error and drops the client's connection. Stopped this way, the reader
/// is left ready and the drain succeeds.
/// </summary>
public sealed class RequestBodyReadCancellation(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        if (context.Features.Get<IHttpRequestBodyDetectionFeature>() is { CanHaveBody: true })
        {
            context.Request.Body = new PendingReadCancellingStream(context.Request.BodyReader);
        }
        return next(context);
    }

    private sealed class PendingReadCancellingStream(PipeReader body) : Stream
    {
        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            while (true)
            {
                ReadResult result;
                await using (cancellationToken.UnsafeRegister(static reader => ((PipeReader)reader!).CancelPendingRead(), body))
                {
                    result = await body.ReadAsync(CancellationToken.None);
                }
                if (result.IsCanceled)
                {
                    body.AdvanceTo(result.Buffer.Start);
                    // A cancellation that arrived after the previous read had finished lands on this one: read again.
                    cancellationToken.ThrowIfCancellationRequested();
                    continue;
                }
                var taken = result.Buffer.Slice(0, Math.Min(buffer.Length, result.Buffer.Length));
                taken.CopyTo(buffer.Span);
                body.AdvanceTo(taken.End);
                return (int)taken.Length;
            }
        }

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

        public override int Read(byte[] buffer, int offset, int count) =>
            throw new NotSupportedException("The request body is read asynchronously only.");

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
