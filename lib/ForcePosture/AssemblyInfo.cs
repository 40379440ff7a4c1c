using System.Runtime.CompilerServices;

[assembly: InternalsVisibleTo("ForcePosture.Tests")]

// The repository's own tools use the figure pipeline's plumbing (sessions, manifest, renderer, atomic writes), which
// notebooks do not need and the public surface therefore does not show.
[assembly: InternalsVisibleTo("ForcePosture.Notebooks")]
[assembly: InternalsVisibleTo("ForcePosture.Kernel")]
[assembly: InternalsVisibleTo("ForcePosture.Cli")]
[assembly: InternalsVisibleTo("ForcePosture.Curation")]
[assembly: InternalsVisibleTo("ForcePosture.Site")]
