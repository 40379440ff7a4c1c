using System.Globalization;

using ForcePosture.Cells;

namespace ForcePosture.Tables;

/// <summary>How much of a <see cref="PartialDate"/> is known.</summary>
public enum DatePrecision
{
    /// <summary>Only the year (<c>YYYY</c>).</summary>
    Year = 1,
    /// <summary>Year and month (<c>YYYY-MM</c>).</summary>
    Month = 2,
    /// <summary>The exact day (<c>YYYY-MM-DD</c>).</summary>
    Day = 3,
}

/// <summary>
/// An ISO 8601 calendar date known to the year, the month or the day, as the data tables write it (<c>YYYY</c>, <c>YYYY-MM</c>,
/// <c>YYYY-MM-DD</c>). A date that could not be confirmed to the day is stored with a lower precision, never with a guessed day.
/// Equality is exact (<c>2020</c> and <c>2020-01-01</c> differ); compare across precisions with
/// <see cref="CompareAtCommonPrecision"/>. <c>default(PartialDate)</c> (year 0) is not a date; create values with the constructor or
/// <see cref="Parse"/>.
/// </summary>
public readonly record struct PartialDate : IComparable<PartialDate>
{
    /// <summary>Creates a partial date; pass null for the unknown parts (a day requires a month).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The parts do not form a real calendar date.</exception>
    public PartialDate(int year, int? month = null, int? day = null)
    {
        if (year is < 1 or > 9999)
        {
            throw new ArgumentOutOfRangeException(nameof(year), year, "year must be within 1-9999");
        }

        if (month is { } m && m is < 1 or > 12)
        {
            throw new ArgumentOutOfRangeException(nameof(month), month, "month must be within 1-12");
        }

        if (day is { } d)
        {
            if (month is null)
            {
                throw new ArgumentException("a day needs a month", nameof(day));
            }

            if (d < 1 || d > DateTime.DaysInMonth(year, month.Value))
            {
                throw new ArgumentOutOfRangeException(nameof(day), day, $"{year:D4}-{month:D2} has no day {d}");
            }
        }

        Year = year;
        Month = month;
        Day = day;
    }

    /// <summary>The year.</summary>
    public int Year { get; }

    /// <summary>The month (1-12), or null when only the year is known.</summary>
    public int? Month { get; }

    /// <summary>The day of the month, or null when not known.</summary>
    public int? Day { get; }

    /// <summary>How much of the date is known.</summary>
    public DatePrecision Precision => Day is not null ? DatePrecision.Day : Month is not null ? DatePrecision.Month : DatePrecision.Year;

    /// <summary>The first day the date can denote (1 January for a year, the 1st for a month).</summary>
    public DateOnly Earliest => new(Year, Month ?? 1, Day ?? 1);

    /// <summary>The last day the date can denote (31 December for a year, the month's last day for a month).</summary>
    public DateOnly Latest => Day is { } d
        ? new DateOnly(Year, Month!.Value, d)
        : Month is { } m ? new DateOnly(Year, m, DateTime.DaysInMonth(Year, m)) : new DateOnly(Year, 12, 31);

    /// <summary>The date cut to <paramref name="precision"/> (no-op when it is already as coarse).</summary>
    public PartialDate Truncate(DatePrecision precision) => precision switch
    {
        DatePrecision.Year => new PartialDate(Year),
        DatePrecision.Month when Month is not null => new PartialDate(Year, Month),
        _ => this,
    };

    /// <summary>
    /// Compares two dates at their common precision: both are cut to the coarser of the two precisions first, so
    /// <c>2020</c> and <c>2020-05-01</c> compare equal, and <c>2020-04</c> is before <c>2020-05-01</c>.
    /// </summary>
    public static int CompareAtCommonPrecision(PartialDate a, PartialDate b)
    {
        var precision = (DatePrecision)Math.Min((int)a.Precision, (int)b.Precision);
        return a.Truncate(precision).Earliest.CompareTo(b.Truncate(precision).Earliest);
    }

    /// <summary>Total order for sorting: by earliest day, then coarser precision first.</summary>
    public int CompareTo(PartialDate other)
    {
        var byDay = Earliest.CompareTo(other.Earliest);
        return byDay != 0 ? byDay : Precision.CompareTo(other.Precision);
    }

    /// <summary>Parses <c>YYYY</c>, <c>YYYY-MM</c> or <c>YYYY-MM-DD</c>; false when the text is not of that form or not a real date.</summary>
    public static bool TryParse(string? text, out PartialDate date)
    {
        date = default;
        if (!CellValues.TryParsePartialDate(text, out var year, out var month, out var day)) return false;
        date = new PartialDate(year, month, day);
        return true;
    }

    /// <summary>Parses a partial date.</summary>
    /// <exception cref="FormatException">The text is not a real <c>YYYY</c>, <c>YYYY-MM</c> or <c>YYYY-MM-DD</c> date.</exception>
    public static PartialDate Parse(string text) =>
        TryParse(text, out var date) ? date : throw new FormatException($"'{text}' is not a partial date (YYYY, YYYY-MM or YYYY-MM-DD) that exists in the calendar");

    /// <summary>The ISO 8601 text at the date's precision.</summary>
    public override string ToString() => Precision switch
    {
        DatePrecision.Year => Year.ToString("D4", CultureInfo.InvariantCulture),
        DatePrecision.Month => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{Month:D2}"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{Month:D2}-{Day:D2}"),
    };
}
