namespace ForcePosture.Figures;

/// <summary>What <see cref="Figure.Save"/> wrote. Shown in a notebook, it displays the rendered PNG (so GitHub shows the chart)
/// and the caption linking to the interactive HTML.</summary>
/// <param name="Name">The figure's name, e.g. "01-us-troops".</param>
/// <param name="Caption">Its caption.</param>
/// <param name="Files">File names written (in the figures folder), e.g. "01-us-troops.html".</param>
/// <param name="PngForDisplay">A 1x PNG for the notebook's output (still being drawn during a notebook run; complete in
/// interactive use), or null when Chromium was not available.</param>
/// <param name="DisplayWidth">Width of the preview in CSS pixels (the figure's layout width; its height follows from the image,
/// which is the chart's height plus its title, subtitle, notes and sources).</param>
/// <param name="SkippedStatic">Why PDF, PNG and SVG were not written, or null.</param>
public sealed record SavedFigure(
    string Name,
    string Caption,
    IReadOnlyList<string> Files,
    Task<byte[]>? PngForDisplay,
    int DisplayWidth,
    string? SkippedStatic);
