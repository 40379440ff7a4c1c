using System.Globalization;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace ForcePosture.Notebooks.Documents;

/// <summary>A variable declared in a notebook's parameters cell, with the C# type its original assignment gives it.</summary>
public sealed record NotebookParameter(string Name, string Type, string OriginalLine);

/// <summary>Papermill-style parameters: the code cell tagged "parameters" declares variables with literal values
/// (<c>int firstYear = 2000;</c>, <c>var countries = new[] { "JPN", "AUS" };</c>). Overrides (<c>-p firstYear=2010</c>) are
/// converted to the type of the original assignment and injected as a new cell tagged "injected-parameters" right after it,
/// as papermill does; later cells see the new values.</summary>
public static class NotebookParameters
{
    private static readonly CSharpParseOptions Script = new(LanguageVersion.Preview, kind: SourceCodeKind.Script);

    public static IReadOnlyList<NotebookParameter> Declared(string parametersCellSource)
    {
        var root = (CompilationUnitSyntax)CSharpSyntaxTree.ParseText(parametersCellSource, Script).GetRoot();
        var text = root.GetText();
        var parameters = new List<NotebookParameter>();
        var declarations = root.Members.Select(m => m switch
        {
            FieldDeclarationSyntax field => field.Declaration,
            GlobalStatementSyntax { Statement: LocalDeclarationStatementSyntax local } => local.Declaration,
            _ => null,
        }).OfType<VariableDeclarationSyntax>();
        foreach (var declaration in declarations)
        {
            var declared = declaration.Type;
            var line = text.Lines.GetLineFromPosition(declaration.SpanStart).ToString().Trim();
            foreach (var variable in declaration.Variables)
            {
                var type = declared.IsVar ? InferType(variable.Initializer?.Value) : declared.ToString();
                if (type is null) continue;
                parameters.Add(new NotebookParameter(variable.Identifier.Text, type, line));
            }
        }
        return parameters;
    }

    private static string? InferType(ExpressionSyntax? value) => value switch
    {
        LiteralExpressionSyntax literal => literal.Token.Value switch
        {
            string => "string",
            int => "int",
            long => "long",
            double => "double",
            decimal => "decimal",
            bool => "bool",
            _ => null,
        },
        PrefixUnaryExpressionSyntax { OperatorToken.Text: "-", Operand: var operand } => InferType(operand),
        ImplicitArrayCreationExpressionSyntax array => InferType(array.Initializer.Expressions.FirstOrDefault()) is { } element ? element + "[]" : null,
        ArrayCreationExpressionSyntax array => array.Type.ToString(),
        _ => null,
    };

    /// <summary>C# source assigning the overrides, one declaration per line, or an error naming what was wrong.</summary>
    public static string InjectedSource(IReadOnlyList<NotebookParameter> declared, IReadOnlyDictionary<string, string> overrides, string notebook)
    {
        var code = new StringBuilder("// Parameters given on the command line (-p), injected by the run command.\n");
        foreach (var (name, raw) in overrides.OrderBy(o => o.Key, StringComparer.Ordinal))
        {
            var parameter = declared.FirstOrDefault(p => p.Name == name)
                ?? throw new ArgumentException($"{notebook}: no parameter \"{name}\" in the parameters cell; it declares: {string.Join(", ", declared.Select(p => p.Name))}.");
            code.Append(parameter.Type).Append(' ').Append(name).Append(" = ").Append(Literal(parameter, raw, notebook)).Append(";\n");
        }
        return code.ToString();
    }

    private static string Literal(NotebookParameter parameter, string raw, string notebook)
    {
        if (parameter.Type.EndsWith("[]", StringComparison.Ordinal))
        {
            var element = parameter with { Type = parameter.Type[..^2] };
            var items = raw.Length == 0 ? [] : raw.Split(',', StringSplitOptions.TrimEntries).Select(i => Literal(element, i, notebook));
            return $"new {parameter.Type} {{ {string.Join(", ", items)} }}";
        }
        var invariant = CultureInfo.InvariantCulture;
        string? literal = parameter.Type switch
        {
            "string" => SymbolDisplay.FormatLiteral(raw, quote: true),
            "int" => int.TryParse(raw, NumberStyles.Integer, invariant, out var i) ? i.ToString(invariant) : null,
            "long" => long.TryParse(raw, NumberStyles.Integer, invariant, out var l) ? l.ToString(invariant) + "L" : null,
            "double" => double.TryParse(raw, NumberStyles.Float, invariant, out var d) && double.IsFinite(d) ? d.ToString("R", invariant) + "d" : null,
            "decimal" => decimal.TryParse(raw, NumberStyles.Number, invariant, out var m) ? m.ToString(invariant) + "m" : null,
            "bool" => bool.TryParse(raw, out var b) ? (b ? "true" : "false") : null,
            _ => throw new ArgumentException($"{notebook}: parameter {parameter.Name} has type {parameter.Type}, which -p cannot set (string, int, long, double, decimal, bool and arrays of them can)."),
        };
        return literal ?? throw new ArgumentException($"{notebook}: parameter {parameter.Name}: expected {(parameter.Type[0] is 'a' or 'e' or 'i' or 'o' or 'u' ? "an" : "a")} {parameter.Type} (the parameters cell says: {parameter.OriginalLine}), got \"{raw}\".");
    }
}
