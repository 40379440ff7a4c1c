using System.Runtime.CompilerServices;

[assembly: InternalsVisibleTo("ForcePosture.Tests")]
