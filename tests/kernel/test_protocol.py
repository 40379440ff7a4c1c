#!/usr/bin/python3
"""Protocol tests of the ForcePosture C# kernel, driven by Debian's jupyter_client (and nbconvert) as a real client.
Run: /usr/bin/python3 tests/kernel/test_protocol.py   (exits non-zero if any test fails; last line 'N passed, N failed')."""
import os
import queue
import signal
import socket
import subprocess
import sys
import tempfile
import time
import traceback

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import nbformat  # noqa: E402
from jupyter_client.session import Session  # noqa: E402
from kernel_under_test import REPO, install_kernelspec, running_kernel, temporary_prefix  # noqa: E402

TIMEOUT = 60


def execute(client, code, timeout=TIMEOUT):
    """Runs code; returns (reply content, [(msg_type, content)] of the iopub messages it caused)."""
    outputs = []
    reply = client.execute_interactive(code, timeout=timeout, output_hook=lambda m: outputs.append((m["msg_type"], m["content"])))
    return reply["content"], outputs


def kernel_pid(manager):
    return manager.provisioner.process.pid


def test_kernel_info():
    with running_kernel() as (manager, client):
        reply = client.kernel_info(reply=True, timeout=TIMEOUT)["content"]
        assert reply["status"] == "ok", reply
        assert reply["protocol_version"] == "5.3", reply
        assert reply["implementation"] == "forceposture", reply
        language = reply["language_info"]
        assert language["name"] == "C#", language
        assert language["mimetype"] == "text/x-csharp", language
        assert language["file_extension"] == ".cs", language
        assert language["pygments_lexer"] == "csharp", language
        assert language["codemirror_mode"] == "text/x-csharp", language


def test_execute_ok():
    with running_kernel() as (manager, client):
        reply, outputs = execute(client, "1+1")
        assert reply["status"] == "ok", reply
        assert reply["execution_count"] == 1, reply
        results = [c for t, c in outputs if t == "execute_result"]
        assert len(results) == 1 and results[0]["data"]["text/plain"] == "2", outputs
        reply, outputs = execute(client, 'Console.WriteLine("to stdout"); display(40 + 2);')
        assert reply["status"] == "ok" and reply["execution_count"] == 2, reply
        assert [t for t, _ in outputs] == ["status", "execute_input", "stream", "display_data", "status"], outputs
        assert [c["execution_state"] for t, c in outputs if t == "status"] == ["busy", "idle"], outputs
        assert outputs[2][1] == {"name": "stdout", "text": "to stdout\n"}, outputs
        assert outputs[3][1]["data"]["text/plain"] == "42", outputs


def test_execute_error_and_survival():
    with running_kernel() as (manager, client):
        execute(client, "var kept = 7;")
        reply, outputs = execute(client, 'throw new InvalidOperationException("boom");')
        assert reply["status"] == "error", reply
        assert reply["ename"] == "InvalidOperationException" and reply["evalue"] == "boom", reply
        errors = [c for t, c in outputs if t == "error"]
        assert len(errors) == 1 and errors[0]["ename"] == "InvalidOperationException", outputs
        reply, outputs = execute(client, "this is not C#")
        assert reply["status"] == "error", reply
        reply, outputs = execute(client, "kept * 6")
        assert reply["status"] == "ok", reply
        assert [c["data"]["text/plain"] for t, c in outputs if t == "execute_result"] == ["42"], outputs
        assert manager.is_alive()


def test_bad_signature_rejected_and_kernel_alive():
    with tempfile.TemporaryDirectory() as folder:
        stderr_path = os.path.join(folder, "kernel.stderr")
        with running_kernel(stderr_path) as (manager, client):
            forger = Session(key=b"not-the-connection-key", username="forger")
            forged = forger.msg("execute_request", content={"code": "var forged = 42;", "silent": False, "store_history": True,
                                                            "user_expressions": {}, "allow_stdin": False, "stop_on_error": True})
            forger.send(client.shell_channel.socket, forged)
            try:
                unexpected = client.get_shell_msg(timeout=3)
                raise AssertionError(f"the kernel answered a badly signed message: {unexpected['msg_type']}")
            except queue.Empty:
                pass
            reply, outputs = execute(client, "forged")
            assert reply["status"] == "error", f"the forged cell ran: {reply}"
            assert "CS0103" in reply["evalue"], reply
            assert client.kernel_info(reply=True, timeout=TIMEOUT)["content"]["status"] == "ok"
            assert manager.is_alive()
        with open(stderr_path) as log:
            text = log.read()
        assert "bad signature" in text, text


def test_interrupt_cancellable_cell():
    with running_kernel() as (manager, client):
        started = time.monotonic()
        msg_id = client.execute("await Task.Delay(60000, CancellationToken);")
        while True:  # wait until the cell is running
            message = client.get_iopub_msg(timeout=TIMEOUT)
            if message["parent_header"].get("msg_id") == msg_id and message["msg_type"] == "execute_input":
                break
        time.sleep(0.5)
        manager.interrupt_kernel()
        reply = client.get_shell_msg(timeout=20)
        assert reply["parent_header"]["msg_id"] == msg_id, reply
        assert reply["content"]["status"] == "error", reply["content"]
        assert "Cancel" in reply["content"]["ename"], reply["content"]
        assert time.monotonic() - started < 30, "the cell was not stopped"
        reply, outputs = execute(client, "1+1")
        assert reply["status"] == "ok", reply


def test_uncooperative_cell_leaves_the_kernel_responsive():
    """A cell that ignores its token cannot be stopped, but control still answers and a restart still works."""
    with running_kernel() as (manager, client):
        msg_id = client.execute("while (true) { }")
        while True:
            message = client.get_iopub_msg(timeout=TIMEOUT)
            if message["parent_header"].get("msg_id") == msg_id and message["msg_type"] == "execute_input":
                break
        manager.interrupt_kernel()
        request = client.session.msg("kernel_info_request")
        client.control_channel.send(request)
        while True:
            reply = client.get_control_msg(timeout=10)
            if reply["parent_header"].get("msg_id") == request["header"]["msg_id"]:
                break
        assert reply["content"]["status"] == "ok", reply
        old_process = manager.provisioner.process
        started = time.monotonic()
        manager.restart_kernel(now=False)
        assert old_process.returncode == 0, f"the busy kernel did not exit by itself (return code {old_process.returncode})"
        assert time.monotonic() - started < 15
        client.wait_for_ready(timeout=TIMEOUT)
        reply, _ = execute(client, "3+3")
        assert reply["status"] == "ok", reply


def test_sigint_interrupts_and_sigterm_exits():
    """SIGINT (Ctrl+C reaching the kernel's process group) cancels the cell like interrupt_request; SIGTERM ends it cleanly."""
    with running_kernel() as (manager, client):
        msg_id = client.execute("await Task.Delay(60000, CancellationToken);")
        while True:
            message = client.get_iopub_msg(timeout=TIMEOUT)
            if message["parent_header"].get("msg_id") == msg_id and message["msg_type"] == "execute_input":
                break
        time.sleep(0.5)
        process = manager.provisioner.process
        os.kill(process.pid, signal.SIGINT)
        reply = client.get_shell_msg(timeout=20)
        assert reply["parent_header"]["msg_id"] == msg_id and reply["content"]["status"] == "error", reply["content"]
        assert manager.is_alive()
        reply, _ = execute(client, "1+1")
        assert reply["status"] == "ok", reply
        os.kill(process.pid, signal.SIGTERM)
        assert process.wait(10) == 0, process.returncode


def test_kernel_exits_when_its_client_process_is_gone():
    """A kernel whose client (JPY_PARENT_PID) dies without shutting it down ends itself instead of lingering."""
    from jupyter_client import BlockingKernelClient
    from jupyter_client.connect import write_connection_file
    from jupyter_client.kernelspec import KernelSpecManager
    argv = KernelSpecManager().get_kernel_spec("forceposture-csharp").argv
    with tempfile.TemporaryDirectory() as folder:
        connection_file, _ = write_connection_file(os.path.join(folder, "connection.json"), ip="127.0.0.1", key=os.urandom(16).hex().encode())
        client_stand_in = subprocess.Popen(["sleep", "120"])
        kernel = subprocess.Popen([a.replace("{connection_file}", connection_file) for a in argv],
                                  env=dict(os.environ, JPY_PARENT_PID=str(client_stand_in.pid)), stderr=subprocess.DEVNULL)
        try:
            client = BlockingKernelClient(connection_file=connection_file)
            client.load_connection_file()
            client.start_channels()
            client.wait_for_ready(timeout=TIMEOUT)
            client.stop_channels()
            assert kernel.poll() is None
            client_stand_in.kill()
            client_stand_in.wait()
            assert kernel.wait(15) == 0, kernel.returncode
        finally:
            for process in (client_stand_in, kernel):
                if process.poll() is None:
                    process.kill()
                    process.wait()


def test_restart():
    with running_kernel() as (manager, client):
        execute(client, "var before = 1;")
        old_pid = kernel_pid(manager)
        old_process = manager.provisioner.process
        manager.restart_kernel(now=False)
        assert old_process.poll() is not None, "the old kernel process is still running"
        assert old_process.returncode == 0, f"the old kernel did not exit by itself (return code {old_process.returncode})"
        assert kernel_pid(manager) != old_pid
        client.wait_for_ready(timeout=TIMEOUT)
        reply, _ = execute(client, "before")
        assert reply["status"] == "error", "state survived a restart"
        reply, _ = execute(client, "2+2")
        assert reply["status"] == "ok", reply


def _endpoint(text):
    address, port = text.split(":")
    raw = bytes.fromhex(address)
    if len(raw) == 4:
        return socket.inet_ntop(socket.AF_INET, raw[::-1]), int(port, 16)
    return socket.inet_ntop(socket.AF_INET6, b"".join(raw[i:i + 4][::-1] for i in range(0, 16, 4))), int(port, 16)


def ip_sockets(pid):
    """(protocol, local (ip, port), remote (ip, port), state) of every IP socket the process holds, read from /proc."""
    inodes = set()
    for fd in os.listdir(f"/proc/{pid}/fd"):
        try:
            target = os.readlink(f"/proc/{pid}/fd/{fd}")
        except OSError:
            continue
        if target.startswith("socket:["):
            inodes.add(target[8:-1])
    found = []
    for protocol in ("tcp", "tcp6", "udp", "udp6"):
        with open(f"/proc/{pid}/net/{protocol}") as table:
            next(table)
            for line in table:
                fields = line.split()
                if fields[9] in inodes:
                    found.append((protocol, _endpoint(fields[1]), _endpoint(fields[2]), fields[3]))
    return found


def test_binds_only_loopback_ports_of_the_connection_file():
    """Listening sockets: exactly the connection file's five ports on 127.0.0.1. Every other socket is either a client
    connection accepted on one of them or one end of a loopback pair whose other end is in the same process (NetMQ's
    internal signalling); nothing else, so no connection leaves the process except to clients on those ports."""
    with running_kernel() as (manager, client):
        execute(client, "1+1")
        info = manager.get_connection_info()
        ports = {info[k] for k in ("shell_port", "iopub_port", "stdin_port", "control_port", "hb_port")}
        sockets = ip_sockets(kernel_pid(manager))
        listening = {local for protocol, local, remote, state in sockets if state == "0A"}
        assert listening == {("127.0.0.1", port) for port in ports}, sockets
        own_ends = {local for protocol, local, remote, state in sockets}
        for protocol, local, remote, state in sockets:
            assert protocol == "tcp" and local[0] == "127.0.0.1", f"unexpected socket {protocol} {local} -> {remote}"
            if state == "0A" or local[1] in ports:
                continue
            assert remote in own_ends, f"a connection to {remote} that is not one of the kernel's own loopback pairs"


def test_shutdown_exits_and_releases_ports():
    with running_kernel() as (manager, client):
        info = manager.get_connection_info()
        process = manager.provisioner.process
        pid = process.pid
        client.stop_channels()
        manager.shutdown_kernel(now=False)
        assert process.poll() is not None, "kernel process still running"
        assert process.returncode == 0, f"the kernel did not exit by itself (return code {process.returncode})"
        assert not os.path.exists(f"/proc/{pid}") or open(f"/proc/{pid}/stat").read().split()[2] == "Z"
        for key in ("shell_port", "iopub_port", "stdin_port", "control_port", "hb_port"):
            with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
                probe.bind(("127.0.0.1", info[key]))  # raises if the port is still held


def test_nbconvert_execute():
    with tempfile.TemporaryDirectory() as folder:
        notebook = os.path.join(REPO, "tests", "kernel", "smoke.ipynb")
        result = subprocess.run(["jupyter", "nbconvert", "--to", "notebook", "--execute", notebook, "--output-dir", folder,
                                 "--ExecutePreprocessor.timeout=120"], capture_output=True, text=True)
        assert result.returncode == 0, result.stderr
        cells = nbformat.read(os.path.join(folder, "smoke.ipynb"), as_version=4)["cells"]
        outputs = [o for cell in cells for o in cell["outputs"]]
        assert not [o for o in outputs if o["output_type"] == "error"], outputs
        assert {"output_type": "stream", "name": "stdout", "text": "hello from the kernel\n"} == cells[1]["outputs"][0], cells[1]
        assert cells[2]["outputs"][0]["output_type"] == "execute_result", cells[2]
        assert cells[2]["outputs"][0]["data"]["text/plain"] == "10", cells[2]
        assert cells[3]["outputs"][0]["output_type"] == "display_data", cells[3]
        assert cells[3]["outputs"][0]["data"]["text/plain"] == "HELLO FROM THE KERNEL", cells[3]
        assert [c["execution_count"] for c in cells] == [1, 2, 3, 4], cells


TESTS = [test_kernel_info, test_execute_ok, test_execute_error_and_survival, test_bad_signature_rejected_and_kernel_alive,
         test_interrupt_cancellable_cell, test_uncooperative_cell_leaves_the_kernel_responsive,
         test_sigint_interrupts_and_sigterm_exits, test_kernel_exits_when_its_client_process_is_gone, test_restart, test_binds_only_loopback_ports_of_the_connection_file,
         test_shutdown_exits_and_releases_ports, test_nbconvert_execute]


def main():
    passed = failed = 0
    with temporary_prefix() as prefix:
        install_kernelspec(prefix)
        for test in TESTS:
            started = time.monotonic()
            try:
                test()
                passed += 1
                print(f"PASS {test.__name__} ({time.monotonic() - started:.1f} s)", flush=True)
            except Exception:
                failed += 1
                print(f"FAIL {test.__name__}\n{traceback.format_exc()}", flush=True)
    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
