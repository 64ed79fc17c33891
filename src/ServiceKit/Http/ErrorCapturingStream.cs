using Microsoft.AspNetCore.Http;

namespace GiaLaiIct.ServiceKit.Http;

/// <summary>
/// Passes a response body through untouched, unless at the first write the response is a JSON
/// error: then it keeps the body aside so it can be rewritten as problem details.
/// Successful and streamed responses are never buffered.
/// </summary>
internal sealed class ErrorCapturingStream(Stream inner, HttpResponse response) : Stream
{
    private MemoryStream? _captured;
    private bool _decided;

    public MemoryStream? Captured => _captured;

    private Stream Target
    {
        get
        {
            if (!_decided)
            {
                _decided = true;
                if (response.StatusCode >= 400 && IsJson(response.ContentType) && !response.HasStarted)
                {
                    _captured = new MemoryStream();
                }
            }
            return (Stream?)_captured ?? inner;
        }
    }

    private static bool IsJson(string? contentType) =>
        contentType is not null && contentType.StartsWith("application/json", StringComparison.OrdinalIgnoreCase);

    public override bool CanRead => false;
    public override bool CanSeek => false;
    public override bool CanWrite => true;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override void Flush() => Target.Flush();
    public override Task FlushAsync(CancellationToken cancellationToken) => Target.FlushAsync(cancellationToken);
    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => Target.Write(buffer, offset, count);

    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        Target.WriteAsync(buffer, offset, count, cancellationToken);

    public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default) =>
        Target.WriteAsync(buffer, cancellationToken);
}
