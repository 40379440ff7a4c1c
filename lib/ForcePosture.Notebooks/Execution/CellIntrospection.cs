using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Scripting;

namespace ForcePosture.Notebooks.Execution;

/// <summary>Completion and inspection for a piece of code as it would compile as the session's next cell (not run).</summary>
internal sealed class CellIntrospection(Script script)
{
    private static readonly SymbolDisplayFormat Signature = SymbolDisplayFormat.MinimallyQualifiedFormat
        .WithMemberOptions(SymbolDisplayMemberOptions.IncludeParameters | SymbolDisplayMemberOptions.IncludeType | SymbolDisplayMemberOptions.IncludeContainingType)
        .WithParameterOptions(SymbolDisplayParameterOptions.IncludeType | SymbolDisplayParameterOptions.IncludeName);

    public CompletionResult Complete(int cursor, CancellationToken cancellationToken)
    {
        var compilation = script.GetCompilation();
        var tree = compilation.SyntaxTrees.Last();
        var model = compilation.GetSemanticModel(tree);
        var root = tree.GetRoot(cancellationToken);
        cursor = Math.Clamp(cursor, 0, root.FullSpan.End);
        var text = tree.GetText(cancellationToken).ToString();

        var start = cursor;
        while (start > 0 && (char.IsLetterOrDigit(text[start - 1]) || text[start - 1] == '_')) start--;
        var prefix = text[start..cursor];

        IEnumerable<ISymbol> symbols;
        var beforeWord = start - 1;
        if (beforeWord >= 0 && text[beforeWord] == '.')
        {
            var dot = root.FindToken(beforeWord);
            var receiver = dot.Parent switch
            {
                MemberAccessExpressionSyntax access => access.Expression,
                QualifiedNameSyntax qualified => qualified.Left,
                _ => null,
            };
            if (receiver is null) return new CompletionResult([], start, cursor);
            var symbol = model.GetSymbolInfo(receiver, cancellationToken).Symbol;
            var type = model.GetTypeInfo(receiver, cancellationToken).Type;
            symbols = symbol switch
            {
                INamespaceOrTypeSymbol container when symbol is not ILocalSymbol => model.LookupSymbols(cursor, container),
                _ when type is not null => model.LookupSymbols(cursor, type, includeReducedExtensionMethods: true).Where(s => !s.IsStatic),
                _ => [],
            };
        }
        else
        {
            symbols = model.LookupSymbols(cursor);
        }
        var matches = symbols
            .Where(s => s.CanBeReferencedByName && s.Name.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            .GroupBy(s => s.Name, StringComparer.Ordinal)
            .Select(g => new Completion(g.Key, Kind(g.First())))
            .OrderBy(c => c.Text, StringComparer.OrdinalIgnoreCase)
            .ToList();
        return new CompletionResult(matches, start, cursor);
    }

    public MimeBundle? Inspect(int cursor, CancellationToken cancellationToken)
    {
        var compilation = script.GetCompilation();
        var tree = compilation.SyntaxTrees.Last();
        var model = compilation.GetSemanticModel(tree);
        var root = tree.GetRoot(cancellationToken);
        cursor = Math.Clamp(cursor, 0, Math.Max(0, root.FullSpan.End - 1));
        var token = root.FindToken(cursor);
        if (!token.IsKind(SyntaxKind.IdentifierToken) && cursor > 0) token = root.FindToken(cursor - 1);
        if (token.Parent is null) return null;
        var info = model.GetSymbolInfo(token.Parent, cancellationToken);
        var symbol = info.Symbol ?? info.CandidateSymbols.FirstOrDefault() ?? model.GetDeclaredSymbol(token.Parent, cancellationToken);
        if (symbol is null) return null;
        var text = symbol.ToDisplayString(Signature);
        var summary = Summary(symbol.GetDocumentationCommentXml(cancellationToken: cancellationToken));
        if (summary.Length > 0) text += "\n\n" + summary;
        return new MimeBundle(new Dictionary<string, object> { ["text/plain"] = text }, new Dictionary<string, object>());
    }

    private static string Summary(string? xml)
    {
        if (string.IsNullOrWhiteSpace(xml)) return "";
        try
        {
            var element = System.Xml.Linq.XElement.Parse(xml).Element("summary");
            return element is null ? "" : string.Join(' ', element.Value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        }
        catch (System.Xml.XmlException)
        {
            return "";
        }
    }

    private static string Kind(ISymbol symbol) => symbol switch
    {
        IMethodSymbol => "method",
        IPropertySymbol => "property",
        IFieldSymbol => "field",
        ILocalSymbol => "variable",
        IParameterSymbol => "parameter",
        INamespaceSymbol => "namespace",
        INamedTypeSymbol { TypeKind: TypeKind.Class } => "class",
        INamedTypeSymbol { TypeKind: TypeKind.Struct } => "struct",
        INamedTypeSymbol { TypeKind: TypeKind.Interface } => "interface",
        INamedTypeSymbol { TypeKind: TypeKind.Enum } => "enum",
        IEventSymbol => "event",
        _ => "symbol",
    };
}
