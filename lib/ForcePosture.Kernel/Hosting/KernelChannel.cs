namespace ForcePosture.Kernel.Hosting;

/// <summary>The kernel's ZeroMQ channels that carry signed messages (the heartbeat carries raw bytes).</summary>
public enum KernelChannel { Shell, Control, Stdin, Iopub }
