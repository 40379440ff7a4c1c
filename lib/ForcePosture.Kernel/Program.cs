Console.Error.WriteLine("ForcePosture.Kernel: not built yet");
return 1;
