using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Scripting;

namespace ForcePosture.Notebooks.Execution;

/// <summary>Resolves <c>#r "nuget: Id, Version"</c> to the DLLs of that package (and its dependencies) in the library's build
/// output, and every other <c>#r</c> as Roslyn scripting does. Versions were checked by <see cref="CellPreprocessor"/> before
/// compilation, so a mismatch never reaches here.</summary>
internal sealed class NuGetReferenceResolver(PackageCatalog catalog, ScriptMetadataResolver fallback) : MetadataReferenceResolver
{
    private readonly Dictionary<string, PortableExecutableReference> referenceCache = new(StringComparer.Ordinal);

    public override ImmutableArray<PortableExecutableReference> ResolveReference(string reference, string? baseFilePath, MetadataReferenceProperties properties)
    {
        if (NuGetReference.TryParse(reference, out var parsed))
        {
            // Roslyn accepts one reference per #r; the package's other DLLs and its dependencies are found on demand
            // through ResolveMissingAssembly (same folder).
            if (catalog.Find(parsed.Id) is not { AssemblyFiles.Count: > 0 } package) return [];
            var primary = package.AssemblyFiles.FirstOrDefault(f => string.Equals(f, package.Id + ".dll", StringComparison.OrdinalIgnoreCase))
                ?? package.AssemblyFiles[0];
            return [Reference(Path.Combine(catalog.Directory, primary))];
        }
        // Roslyn asks again for every submission; answering with the same reference objects lets it reuse their metadata.
        var key = $"{reference}\u0000{baseFilePath}\u0000{properties.Kind}\u0000{string.Join(',', properties.Aliases)}\u0000{properties.EmbedInteropTypes}";
        lock (resolvedCache)
        {
            if (!resolvedCache.TryGetValue(key, out var resolved))
                resolvedCache[key] = resolved = fallback.ResolveReference(reference, baseFilePath, properties);
            return resolved;
        }
    }

    private readonly Dictionary<string, ImmutableArray<PortableExecutableReference>> resolvedCache = new(StringComparer.Ordinal);

    private PortableExecutableReference Reference(string path)
    {
        lock (referenceCache)
        {
            if (!referenceCache.TryGetValue(path, out var reference))
                referenceCache[path] = reference = MetadataReference.CreateFromFile(path);
            return reference;
        }
    }

    public override bool ResolveMissingAssemblies => true;

    public override PortableExecutableReference? ResolveMissingAssembly(MetadataReference definition, AssemblyIdentity referenceIdentity)
    {
        var path = Path.Combine(catalog.Directory, referenceIdentity.Name + ".dll");
        return File.Exists(path) ? Reference(path) : fallback.ResolveMissingAssembly(definition, referenceIdentity);
    }

    public override bool Equals(object? other) => ReferenceEquals(this, other);

    public override int GetHashCode() => catalog.Directory.GetHashCode(StringComparison.Ordinal);
}

/// <summary>The parsed text of a <c>#r "nuget: Id, Version"</c> directive (version optional in the dialect).</summary>
internal sealed record NuGetReference(string Id, string? Version)
{
    public static bool TryParse(string reference, out NuGetReference parsed)
    {
        parsed = new NuGetReference("", null);
        var text = reference.Trim();
        if (!text.StartsWith("nuget:", StringComparison.OrdinalIgnoreCase)) return false;
        var parts = text["nuget:".Length..].Split(',', StringSplitOptions.TrimEntries);
        if (parts.Length is < 1 or > 2 || parts[0].Length == 0) return false;
        parsed = new NuGetReference(parts[0], parts.Length == 2 && parts[1].Length > 0 ? parts[1] : null);
        return true;
    }
}
