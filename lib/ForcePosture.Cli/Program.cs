Console.WriteLine("forceposture: commands are being built");
return 0;
