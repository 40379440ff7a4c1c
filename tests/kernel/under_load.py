"""The kernel's protocol tests (test_protocol.py) run again and again while stress-ng keeps every core busy, so the kernel's
start-up and reply deadlines are checked on a loaded machine, not only on a quiet one.

    python3 tests/kernel/under_load.py [--runs 20] [--workers 2] [test_name ...]

Needs Debian's stress-ng and jupyter_client (.ci/run installs both). Prints one line per run and a total; exits 1 when any
test failed in any run. Not part of .ci/run (20 runs take about 10 minutes on two cores); the README gives the last result.
"""
import argparse
import os
import shutil
import subprocess
import sys
import time
import traceback

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import test_protocol  # noqa: E402
from kernel_under_test import install_kernelspec, temporary_prefix  # noqa: E402


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=20)
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 2, help="stress-ng CPU workers (default: one per core)")
    parser.add_argument("tests", nargs="*", help="names of tests in test_protocol.py (default: all)")
    args = parser.parse_args()
    if shutil.which("stress-ng") is None:
        sys.exit("stress-ng not found: sudo apt-get install -y stress-ng")
    tests = [t for t in test_protocol.TESTS if not args.tests or t.__name__ in args.tests]
    unknown = set(args.tests) - {t.__name__ for t in test_protocol.TESTS}
    if unknown:
        sys.exit(f"no such test: {', '.join(sorted(unknown))}")
    failures = {}
    started = time.monotonic()
    with temporary_prefix() as prefix:
        install_kernelspec(prefix)
        load = subprocess.Popen(["stress-ng", "--cpu", str(args.workers), "--cpu-load", "100", "--timeout", "0"],
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            for run in range(1, args.runs + 1):
                failed = []
                for test in tests:
                    try:
                        test()
                    except Exception:
                        failed.append(test.__name__)
                        failures.setdefault(test.__name__, []).append(traceback.format_exc())
                print(f"run {run}: {len(tests) - len(failed)} passed, {len(failed)} failed {' '.join(failed)}", flush=True)
        finally:
            load.terminate()
            load.wait()
    total = args.runs * len(tests)
    failed_count = sum(len(v) for v in failures.values())
    print(f"{args.runs} runs under {args.workers} stress-ng CPU workers in {time.monotonic() - started:.0f} s: "
          f"{total - failed_count} passed, {failed_count} failed")
    for name, tracebacks in failures.items():
        print(f"\n{name} failed {len(tracebacks)} time(s); first failure:\n{tracebacks[0]}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
