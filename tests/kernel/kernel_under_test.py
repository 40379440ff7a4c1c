"""Shared set-up for the kernel's protocol tests and benchmark: installs the kernelspec under a temporary prefix with the
repository's own command (`forceposture kernel install --prefix`) and points Jupyter at it through JUPYTER_PATH."""
import contextlib
import os
import subprocess
import sys
import tempfile

from jupyter_client import KernelManager

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
KERNEL_NAME = "forceposture-csharp"


def install_kernelspec(prefix, ready_to_run=False):
    """`dotnet run --project lib/ForcePosture.Cli -- kernel install --prefix PREFIX [--ready-to-run]`; sets JUPYTER_PATH for
    this process and its children. Set FORCEPOSTURE_CLI_CONFIGURATION=Release to test a release build."""
    configuration = os.environ.get("FORCEPOSTURE_CLI_CONFIGURATION", "Debug")
    command = ["dotnet", "run", "--project", os.path.join(REPO, "lib", "ForcePosture.Cli"), "-c", configuration,
               "--", "kernel", "install", "--prefix", prefix] + (["--ready-to-run"] if ready_to_run else [])
    result = subprocess.run(command, cwd=REPO, capture_output=True, text=True)
    if result.returncode != 0:
        sys.exit(f"kernel install failed ({result.returncode}):\n{result.stdout}\n{result.stderr}")
    data_dir = os.path.join(prefix, "share", "jupyter")
    os.environ["JUPYTER_PATH"] = data_dir
    return data_dir


@contextlib.contextmanager
def running_kernel(stderr_path=None):
    """Starts the installed kernel with jupyter_client's KernelManager; yields (manager, blocking client)."""
    manager = KernelManager(kernel_name=KERNEL_NAME)
    stderr = open(stderr_path, "w") if stderr_path else None
    try:
        manager.start_kernel(**({"stderr": stderr} if stderr else {}))
        client = manager.client()
        client.start_channels()
        try:
            client.wait_for_ready(timeout=60)
            yield manager, client
        finally:
            client.stop_channels()
            if manager.has_kernel:
                manager.shutdown_kernel(now=False)
    finally:
        if stderr:
            stderr.close()


@contextlib.contextmanager
def temporary_prefix():
    with tempfile.TemporaryDirectory(prefix="forceposture-kernel-") as prefix:
        yield prefix
