// forceposture kernel: `dotnet ForcePosture.Kernel.dll <connection_file>`, started by a Jupyter client from the kernelspec
// that `forceposture kernel install` writes.
using System.Runtime.InteropServices;
using ForcePosture.Kernel.Hosting;
using ForcePosture.Kernel.Protocol;
using ForcePosture.Notebooks;
using NetMQ;

var log = KernelLog.StandardError();
if (args.Length != 1)
{
    log.Write("usage: dotnet ForcePosture.Kernel.dll <connection_file>   (a Jupyter client passes {connection_file})");
    return 2;
}

ConnectionInfo connection;
try { connection = ConnectionInfo.Load(args[0]); }
catch (InvalidDataException e)
{
    log.Write(e.Message);
    return 2;
}

// Cells must never block on the kernel's own standard input (this kernel does not implement input_request).
Console.SetIn(TextReader.Null);

// The execution engine: the same one the headless runner uses (one engine, two front ends). Warming it up before the first
// request moves Roslyn's start-up out of the first cell.
Func<CancellationToken, Task<IExecutionSession>> sessionFactory = async ct =>
{
    var session = await ExecutionSession.CreateAsync(new EngineOptions(), ct);
    await session.WarmUpAsync(ct);
    return session;
};

var server = new KernelServer(connection, sessionFactory, log);
using var stopRequested = new CancellationTokenSource();   // SIGTERM, or the client process gone
// SIGINT (Ctrl+C in the client's terminal, or a client that interrupts by signal) interrupts the cell, as in ipykernel;
// SIGTERM ends the kernel cleanly.
using var onSigint = PosixSignalRegistration.Create(PosixSignal.SIGINT, context => { context.Cancel = true; server.Interrupt(); });
using var onSigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, context => { context.Cancel = true; stopRequested.Cancel(); });
using var parentWatch = ParentProcessWatch.FromEnvironment(stopRequested.Cancel, log);

var exitCode = 0;
try
{
    await server.RunAsync(stopRequested.Token);
}
catch (IOException e)
{
    log.Write(e.Message);
    exitCode = 1;
}
// Let ZeroMQ send what is queued (the shutdown reply) within the sockets' linger time; never hang on it.
if (!Task.Run(() => NetMQConfig.Cleanup(block: true)).Wait(TimeSpan.FromSeconds(3)))
    log.Write("ZeroMQ did not finish closing within 3 s; exiting anyway");
log.Write("exited");
// A cell that ignores its cancellation token may still hold a thread: end the process regardless.
Environment.Exit(exitCode);
return exitCode;
