using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace GiaLaiIct.Fuzz.Tests;

/// <summary>Keeps every error an in-process service logs, so a client's mistake that is logged as a failure is found.</summary>
public sealed class ErrorLogRecorder : ILoggerProvider
{
    private readonly ConcurrentQueue<string> _errors = new();

    /// <summary>The errors logged since the last call.</summary>
    public IReadOnlyList<string> TakeNew()
    {
        var taken = new List<string>();
        while (_errors.TryDequeue(out var error))
        {
            taken.Add(error);
        }
        return taken;
    }

    public ILogger CreateLogger(string categoryName) => new Recorder(categoryName, _errors);

    public void Dispose()
    {
    }

    private sealed class Recorder(string category, ConcurrentQueue<string> errors) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Error;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (IsEnabled(logLevel))
            {
                errors.Enqueue($"{logLevel} {category}: {formatter(state, exception)} {exception?.GetType().Name} {exception?.Message}");
            }
        }
    }
}
