using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using ForcePosture.Kernel.Hosting;
using ForcePosture.Kernel.Protocol;
using ForcePosture.Notebooks;

namespace ForcePosture.Tests.Kernel;

/// <summary>The dispatcher without sockets, so the order of events can be forced.</summary>
public class RequestDispatcherTests
{
    private static KernelMessage Execute(string code) =>
        new([], MessageHeader.Create("execute_request", "test"), null, new JsonObject(), new JsonObject { ["code"] = code }, []);

    [Fact]
    public async Task A_request_the_client_sends_in_answer_to_an_error_reply_runs_even_before_the_kernel_is_back_at_its_queue()
    {
        var statuses = new ConcurrentDictionary<string, string>();
        var next = Execute("after the error");
        var answered = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        RequestDispatcher? dispatcher = null;
        dispatcher = new RequestDispatcher(
            _ => Task.FromResult<IExecutionSession>(new TestDoubleSession()),
            (_, message) =>
            {
                if (message.MsgType != "execute_reply") return;
                var status = (string)message.Content["status"]!;
                statuses[message.ParentHeader!.MsgId] = status;
                // The fastest possible client: it sends its next cell while the error reply is still being sent.
                if (status == "error") dispatcher!.EnqueueShell(next);
                if (message.ParentHeader.MsgId == next.Header.MsgId) answered.TrySetResult();
            },
            () => { },
            new KernelLog(TextWriter.Null));
        dispatcher.Start();
        var failing = Execute("fail");
        dispatcher.EnqueueShell(failing);
        await answered.Task.WaitAsync(TimeSpan.FromSeconds(20));
        Assert.Equal("error", statuses[failing.Header.MsgId]);
        Assert.Equal("ok", statuses[next.Header.MsgId]);
        await dispatcher.StopAsync(TimeSpan.FromSeconds(2));
    }
}
