#!/usr/bin/python3
"""Benchmark of the ForcePosture C# kernel through jupyter_client (not a test: it prints numbers, it asserts nothing).

  /usr/bin/python3 tests/kernel/benchmark.py [--runs N] [--compare-kernel NAME] [--headless "COMMAND {notebook}"] [NOTEBOOK ...]

Measures (1) kernel start to first result: KernelManager.start_kernel() until the execute_result of `1+1` arrives,
each run a fresh process; (2) per-message overhead: kernel_info round trips (no engine work), and execute round trips
of `1+1` minus the time the engine spent on the cell (the kernel reports it as metadata.engine_elapsed_ms in
execute_reply); (3) for each NOTEBOOK, `jupyter nbconvert --to notebook --execute` wall time, and with --headless the same
notebook through that command (e.g. the repository's headless `run`). --compare-kernel also measures (1) and (2) for
another installed kernel (e.g. python3 from python3-ipykernel) as a baseline for the protocol overhead.
Set FORCEPOSTURE_CLI_CONFIGURATION=Release to benchmark a release build."""
import argparse
import os
import shlex
import statistics
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from jupyter_client import KernelManager  # noqa: E402
from kernel_under_test import KERNEL_NAME, install_kernelspec, temporary_prefix  # noqa: E402

TIMEOUT = 120


def start_to_first_result(kernel_name, code):
    started = time.perf_counter()
    manager = KernelManager(kernel_name=kernel_name)
    manager.start_kernel(stderr=subprocess.DEVNULL)
    client = manager.client()
    client.start_channels()
    try:
        client.wait_for_ready(timeout=TIMEOUT)
        ready = time.perf_counter() - started
        result = []
        client.execute_interactive(code, timeout=TIMEOUT,
                                   output_hook=lambda m: result.append(time.perf_counter()) if m["msg_type"] == "execute_result" else None)
        return ready, result[0] - started
    finally:
        client.stop_channels()
        manager.shutdown_kernel(now=False)


def message_overheads(kernel_name, code, count):
    manager = KernelManager(kernel_name=kernel_name)
    manager.start_kernel(stderr=subprocess.DEVNULL)
    client = manager.client()
    client.start_channels()
    try:
        client.wait_for_ready(timeout=TIMEOUT)
        for _ in range(10):  # warm up both sides
            client.execute_interactive(code, timeout=TIMEOUT, output_hook=lambda m: None)
            client.kernel_info(reply=True, timeout=TIMEOUT)
        info = []
        for _ in range(count):
            started = time.perf_counter()
            client.kernel_info(reply=True, timeout=TIMEOUT)
            info.append((time.perf_counter() - started) * 1000)
        execute, overhead = [], []
        for _ in range(count):
            started = time.perf_counter()
            reply = client.execute_interactive(code, timeout=TIMEOUT, output_hook=lambda m: None)
            elapsed = (time.perf_counter() - started) * 1000
            execute.append(elapsed)
            engine = reply["metadata"].get("engine_elapsed_ms")
            if engine is not None:
                overhead.append(elapsed - engine)
        return info, execute, overhead
    finally:
        client.stop_channels()
        manager.shutdown_kernel(now=False)


def wall_time(command):
    started = time.perf_counter()
    result = subprocess.run(command, capture_output=True, text=True)
    if result.returncode != 0:
        raise SystemExit(f"{' '.join(command)} failed:\n{result.stderr}")
    return time.perf_counter() - started


def describe(values, unit):
    values = sorted(values)
    p90 = values[min(len(values) - 1, int(0.9 * len(values)))]
    return f"median {statistics.median(values):.1f} {unit}, min {values[0]:.1f}, p90 {p90:.1f} (n={len(values)})"


def benchmark_kernel(name, code, runs, messages):
    print(f"## kernel {name}")
    starts = [start_to_first_result(name, code) for _ in range(runs)]
    print(f"start to ready (kernel_info answered): {describe([s[0] * 1000 for s in starts], 'ms')}")
    print(f"start to first result of `{code}`:     {describe([s[1] * 1000 for s in starts], 'ms')}")
    info, execute, overhead = message_overheads(name, code, messages)
    print(f"kernel_info round trip:               {describe(info, 'ms')}")
    print(f"execute `{code}` round trip to idle:    {describe(execute, 'ms')}")
    if overhead:
        print(f"execute overhead beyond the engine:   {describe(overhead, 'ms')}")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--messages", type=int, default=100)
    parser.add_argument("--compare-kernel")
    parser.add_argument("--headless", help='command template with {notebook}, e.g. "dotnet .../ForcePosture.Cli.dll run {notebook}"')
    parser.add_argument("--ready-to-run", action="store_true", help="install the ahead-of-time compiled kernel (kernel install --ready-to-run)")
    parser.add_argument("notebooks", nargs="*")
    args = parser.parse_args()
    print(f"load average before: {os.getloadavg()}, cores: {os.cpu_count()}")
    with temporary_prefix() as prefix:
        install_kernelspec(prefix, ready_to_run=args.ready_to_run)
        print(f"kernel: {'ahead-of-time image (--ready-to-run)' if args.ready_to_run else 'ordinary build (the default install)'}")
        benchmark_kernel(KERNEL_NAME, "1+1", args.runs, args.messages)
        if args.compare_kernel:
            os.environ["JUPYTER_PATH"] = os.environ["JUPYTER_PATH"] + os.pathsep + "/usr/share/jupyter"
            benchmark_kernel(args.compare_kernel, "1+1", args.runs, args.messages)
        for notebook in args.notebooks:
            with tempfile.TemporaryDirectory() as output:
                times = [wall_time(["jupyter", "nbconvert", "--to", "notebook", "--execute", notebook, "--output-dir", output,
                                    f"--ExecutePreprocessor.kernel_name={KERNEL_NAME}", "--ExecutePreprocessor.timeout=600"])
                         for _ in range(args.runs)]
            print(f"## {notebook}\nnbconvert --execute: {describe([t * 1000 for t in times], 'ms')}")
            if args.headless:
                command = shlex.split(args.headless.replace("{notebook}", shlex.quote(notebook)))
                times = [wall_time(command) for _ in range(args.runs)]
                print(f"headless ({args.headless}): {describe([t * 1000 for t in times], 'ms')}")
    print(f"load average after: {os.getloadavg()}")


if __name__ == "__main__":
    main()
