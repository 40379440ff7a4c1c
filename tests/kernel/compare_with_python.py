#!/usr/bin/python3
"""Benchmark (issue 6): the same work in the repository's C# kernel and in a Python kernel (pandas and plotly).

Times `jupyter nbconvert --to notebook --execute` of notebooks/02-defence-spending.ipynb through the forceposture-csharp
kernel (installed with `kernel install --ready-to-run`: compiled ahead of time) and of tests/kernel/python_baseline/02-defence-spending.ipynb
through Debian's python3 kernel, alternating, RUNS times each (default 5). The baseline does the same work cell for cell:
it loads and checks every table of the data package against its schema (as ForcePostureData.LoadStrict does), computes the
same totals, ratios, indices, ranks and trends, shows the same tables and texts (its eight Markdown texts are identical to
the C# notebook's) and builds and saves the same four charts as offline HTML, CSV of the plotted data and a JSON sidecar.
Python's plotly cannot write PNG/SVG without kaleido, so the C# notebook runs with its static export off
(FORCEPOSTURE_CHROMIUM=/nonexistent) for the same work. Change one notebook, change the other. The C# notebook runs in a temporary copy of data/, notebooks/ and figures/, so the repository is not touched.
Needs python3-pandas, python3-plotly, python3-ipykernel and jupyter-nbconvert.

  /usr/bin/python3 tests/kernel/compare_with_python.py      (last line: 'N passed, N failed': passed when the C# median
                                                             is not above the Python median)"""
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from kernel_under_test import REPO, install_kernelspec, temporary_prefix  # noqa: E402

RUNS = int(os.environ.get("RUNS", "5"))
NOTEBOOK = "02-defence-spending.ipynb"


def nbconvert(notebook, output_dir, env):
    started = time.perf_counter()
    result = subprocess.run(["jupyter", "nbconvert", "--to", "notebook", "--execute", notebook, "--output-dir", output_dir],
                            capture_output=True, text=True, env=env)
    if result.returncode != 0:
        sys.exit(f"{notebook} failed:\n{result.stderr[-3000:]}")
    return time.perf_counter() - started


def main():
    with temporary_prefix() as prefix, tempfile.TemporaryDirectory(prefix="forceposture-bench-") as work:
        install_kernelspec(prefix, ready_to_run=True)   # the comparison is of the kernel at its fastest
        copy = os.path.join(work, "repository")
        for folder in ("data", "notebooks", "figures"):
            shutil.copytree(os.path.join(REPO, folder), os.path.join(copy, folder))
        shutil.copy(os.path.join(REPO, "ForcePosture.slnx"), copy)
        csharp = (os.path.join(copy, "notebooks", NOTEBOOK), dict(os.environ, FORCEPOSTURE_CHROMIUM="/nonexistent"))
        python = (os.path.join(REPO, "tests", "kernel", "python_baseline", NOTEBOOK),
                  dict(os.environ, FORCEPOSTURE_DATA=os.path.join(copy, "data"), FORCEPOSTURE_BASELINE_OUT=os.path.join(work, "py-figures")))
        times = {"C# (forceposture-csharp)": [], "Python (pandas, plotly)": []}
        for _ in range(RUNS):
            for (notebook, env), samples in zip((csharp, python), times.values()):
                samples.append(nbconvert(notebook, os.path.join(work, "executed"), env))
        for name, samples in times.items():
            print(f"{name}: median {statistics.median(samples):.2f} s, min {min(samples):.2f} s over {RUNS} runs")
        cs, py = (statistics.median(s) for s in times.values())
        print(f"C# / Python median: {cs / py:.2f}")
        ok = cs <= py
        print(f"{int(ok)} passed, {int(not ok)} failed")
        return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
