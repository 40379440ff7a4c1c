#!/usr/bin/python3
"""Checks that a notebook executed through the kernel (`jupyter nbconvert --execute`) has the same outputs as the same
notebook executed by the headless `run` command (same engine, two front ends), and reports both wall times.

  /usr/bin/python3 tests/kernel/compare_with_run.py [NOTEBOOK ...]     (default: every notebook under notebooks/)

Compared per code cell: execution count, and every output's type, stream name and text, data (all MIME types) and
metadata. Both executions write into a temporary folder; the repository's notebooks are not modified (figures that a
notebook saves are written as with `run`). Last line: 'N passed, N failed'."""
import glob
import json
import os
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import nbformat  # noqa: E402
from kernel_under_test import KERNEL_NAME, REPO, install_kernelspec, temporary_prefix  # noqa: E402


def cli_assembly():
    configuration = os.environ.get("FORCEPOSTURE_CLI_CONFIGURATION", "Debug")
    return os.path.join(REPO, "lib", "ForcePosture.Cli", "bin", configuration, "net10.0", "ForcePosture.Cli.dll")


def timed(command):
    started = time.perf_counter()
    result = subprocess.run(command, capture_output=True, text=True, cwd=REPO)
    return result, time.perf_counter() - started


def outputs_of(path):
    cells = nbformat.read(path, as_version=4).cells
    return [(cell.execution_count, [json.dumps(output, sort_keys=True) for output in cell.outputs])
            for cell in cells if cell.cell_type == "code"]


def main():
    notebooks = sys.argv[1:] or sorted(glob.glob(os.path.join(REPO, "notebooks", "**", "*.ipynb"), recursive=True))
    if not notebooks:
        print("no notebooks found under notebooks/\n0 passed, 1 failed")
        return 1
    passed = failed = 0
    with temporary_prefix() as prefix, tempfile.TemporaryDirectory() as output:
        install_kernelspec(prefix)  # also builds the command line
        for notebook in notebooks:
            name = os.path.basename(notebook)
            via_run = os.path.join(output, "run", name)
            run, run_seconds = timed(["dotnet", cli_assembly(), "run", notebook, "--output", via_run])
            kernel, kernel_seconds = timed(["jupyter", "nbconvert", "--to", "notebook", "--execute", notebook,
                                            "--output-dir", os.path.join(output, "kernel"),
                                            f"--ExecutePreprocessor.kernel_name={KERNEL_NAME}", "--ExecutePreprocessor.timeout=600"])
            problems = []
            if run.returncode != 0:
                problems.append(f"run failed ({run.returncode}): {run.stderr.strip()[-2000:]}")
            if kernel.returncode != 0:
                problems.append(f"nbconvert failed ({kernel.returncode}): {kernel.stderr.strip()[-2000:]}")
            if not problems:
                for index, (a, b) in enumerate(zip(outputs_of(via_run), outputs_of(os.path.join(output, "kernel", name)))):
                    if a != b:
                        problems.append(f"code cell {index}: run gave {a}\n    kernel gave {b}"[:3000])
            timing = f"run {run_seconds:.1f} s, kernel via nbconvert {kernel_seconds:.1f} s ({kernel_seconds / run_seconds:.0%} of run)"
            if problems:
                failed += 1
                print(f"FAIL {os.path.relpath(notebook, REPO)} ({timing})\n  " + "\n  ".join(problems), flush=True)
            else:
                passed += 1
                print(f"PASS {os.path.relpath(notebook, REPO)}: same outputs ({timing})", flush=True)
    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
