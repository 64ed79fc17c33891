using System.Globalization;
using Garnet;
using GiaLaiIct.ServiceDefaults.Hosting;

// The platform's Redis-protocol cache on one machine: a Garnet server on loopback, started by the app host
// as its "cache" resource (no container engine needed). Port from --port (the host picks a free one).
//   dotnet GiaLaiIct.Cache.dll --port 6380
var parent = ParentProcess.CurrentId();
var port = args.Length == 2 && args[0] == "--port" && int.TryParse(args[1], NumberStyles.None, CultureInfo.InvariantCulture, out var value)
    ? value
    : throw new ArgumentException("usage: GiaLaiIct.Cache --port <port>");

using var server = new GarnetServer(
[
    "--bind", "127.0.0.1",
    "--port", port.ToString(CultureInfo.InvariantCulture),
    "--memory", "256m",
    "--index", "16m",
    "--lua", "true",
]);
server.Start();
Console.WriteLine($"Garnet listening on 127.0.0.1:{port}");

using var stopping = new CancellationTokenSource();
using var interrupt = System.Runtime.InteropServices.PosixSignalRegistration.Create(System.Runtime.InteropServices.PosixSignal.SIGINT, context => { context.Cancel = true; stopping.Cancel(); });
using var terminate = System.Runtime.InteropServices.PosixSignalRegistration.Create(System.Runtime.InteropServices.PosixSignal.SIGTERM, context => { context.Cancel = true; stopping.Cancel(); });
try
{
    if (bool.TryParse(Environment.GetEnvironmentVariable(ParentProcess.StopWithParentVariable), out var stopWithParent) && stopWithParent)
    {
        await ParentProcess.WaitUntilGoneAsync(parent, stopping.Token);
        Console.WriteLine("The process that started this one is gone; Garnet stopping");
    }
    else
    {
        await Task.Delay(Timeout.Infinite, stopping.Token);
    }
}
catch (OperationCanceledException)
{
    Console.WriteLine("Garnet stopping");
}
