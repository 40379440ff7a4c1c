#!/usr/bin/python3
"""Executes every notebook under notebooks/ (or the paths given) through the ForcePosture C# kernel with
`jupyter nbconvert --to notebook --execute`, as a Jupyter user would, into a temporary folder (the repository's notebooks
are not modified). Fails if a notebook raises an error output or if there is no notebook to run.

  /usr/bin/python3 tests/kernel/execute_notebooks.py [NOTEBOOK ...]      (last line: 'N passed, N failed')"""
import glob
import os
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import nbformat  # noqa: E402
from kernel_under_test import KERNEL_NAME, REPO, install_kernelspec, temporary_prefix  # noqa: E402


def main():
    notebooks = sys.argv[1:] or sorted(glob.glob(os.path.join(REPO, "notebooks", "**", "*.ipynb"), recursive=True))
    if not notebooks:
        print("no notebooks found under notebooks/\n0 passed, 1 failed")
        return 1
    passed = failed = 0
    with temporary_prefix() as prefix, tempfile.TemporaryDirectory() as output:
        install_kernelspec(prefix)
        for notebook in notebooks:
            name = os.path.relpath(notebook, REPO)
            started = time.monotonic()
            result = subprocess.run(["jupyter", "nbconvert", "--to", "notebook", "--execute", notebook, "--output-dir", output,
                                     f"--ExecutePreprocessor.kernel_name={KERNEL_NAME}", "--ExecutePreprocessor.timeout=600"],
                                    capture_output=True, text=True)
            problem = None
            if result.returncode != 0:
                problem = result.stderr.strip().splitlines()[-20:]
            else:
                executed = nbformat.read(os.path.join(output, os.path.basename(notebook)), as_version=4)
                errors = [(i, o) for i, cell in enumerate(executed.cells) for o in cell.get("outputs", []) if o.output_type == "error"]
                if errors:
                    problem = [f"cell {i}: {o.ename}: {o.evalue}" for i, o in errors]
            if problem:
                failed += 1
                print(f"FAIL {name}\n  " + "\n  ".join(problem), flush=True)
            else:
                passed += 1
                print(f"PASS {name} ({time.monotonic() - started:.1f} s)", flush=True)
    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
