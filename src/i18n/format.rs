//! Numbers and dates in the reader's conventions (CLDR patterns for the locales we serve).

use jiff::{tz::TimeZone, Timestamp};

use super::Locale;

/// A decimal with at most `max_fraction` digits, trailing zeros dropped, in the locale's separators.
pub fn format_decimal(value: f64, max_fraction: usize, locale: Locale) -> String {
    let text = format!("{value:.max_fraction$}");
    let text = if text.contains('.') {
        text.trim_end_matches('0').trim_end_matches('.').to_string()
    } else {
        text
    };
    let text = if text == "-0" { "0".to_string() } else { text };
    let (int, frac) = match text.split_once('.') {
        Some((i, f)) => (i.to_string(), Some(f.to_string())),
        None => (text, None),
    };
    let int = group_thousands(&int, locale);
    match frac {
        Some(f) => format!("{int}{}{f}", locale.decimal_separator()),
        None => int,
    }
}

fn group_thousands(int: &str, locale: Locale) -> String {
    let (sign, digits) = int.strip_prefix('-').map_or(("", int), |d| ("-", d));
    // CLDR: Albanian and the South Slavic locales group with a (non-breaking) space or a dot; only from
    // five digits in some, but a consistent rule is clearer in score tables.
    let separator = match locale {
        Locale::En => ",",
        Locale::Sq => "\u{a0}",
        _ => ".",
    };
    if digits.len() <= 4 {
        return format!("{sign}{digits}");
    }
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push_str(separator);
        }
        out.push(c);
    }
    format!("{sign}{out}")
}

/// Parses a number as a learner of this locale may type it: decimal comma or point, spaces ignored.
pub fn parse_decimal(text: &str, locale: Locale) -> Option<f64> {
    let compact: String = text
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '\u{a0}')
        .collect();
    if compact.is_empty() {
        return None;
    }
    let normalized = if locale.decimal_separator() == ',' || !compact.contains('.') {
        // A single comma is the decimal separator; points then group thousands.
        if compact.matches(',').count() == 1 {
            compact.replace('.', "").replace(',', ".")
        } else if compact.contains(',') {
            return None;
        } else {
            compact
        }
    } else {
        compact.replace(',', "")
    };
    normalized.parse::<f64>().ok().filter(|v| v.is_finite())
}

/// Date and time in the locale's short pattern, in the given time zone.
pub fn format_datetime(at: Timestamp, zone: &TimeZone, locale: Locale) -> String {
    let dt = at.to_zoned(zone.clone());
    let pattern = match locale {
        Locale::En => "%-d %b %Y, %H:%M",
        Locale::Mk => "%-d.%m.%Y %H:%M",
        Locale::Sq => "%-d.%m.%Y, %H:%M",
        // Serbian, Bosnian, Croatian and Montenegrin write a dot after the year.
        _ => "%-d. %m. %Y. %H:%M",
    };
    dt.strftime(pattern).to_string()
}

/// A calendar date in the locale's numeric pattern (certificates, verification pages).
pub fn format_date(date: jiff::civil::Date, locale: Locale) -> String {
    let pattern = match locale {
        Locale::En => "%-d %B %Y",
        Locale::Mk => "%d.%m.%Y",
        Locale::Sq => "%-d.%m.%Y",
        // Serbian, Bosnian, Croatian and Montenegrin write a dot after the year.
        _ => "%-d. %m. %Y.",
    };
    date.strftime(pattern).to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_follow_each_locale_s_numeric_pattern() {
        let d = jiff::civil::date(2026, 12, 7);
        assert_eq!(format_date(d, Locale::En), "7 December 2026");
        assert_eq!(format_date(d, Locale::SrCyrl), "7. 12. 2026.");
        assert_eq!(format_date(d, Locale::Hr), "7. 12. 2026.");
        assert_eq!(format_date(d, Locale::Mk), "07.12.2026");
        assert_eq!(format_date(d, Locale::Sq), "7.12.2026");
    }

    #[test]
    fn decimals_use_the_locale_separators() {
        assert_eq!(format_decimal(7.5, 2, Locale::En), "7.5");
        assert_eq!(format_decimal(7.5, 2, Locale::Mk), "7,5");
        assert_eq!(format_decimal(20.0, 2, Locale::Hr), "20");
        assert_eq!(format_decimal(2.0 / 3.0, 2, Locale::SrCyrl), "0,67");
        assert_eq!(format_decimal(12345.5, 1, Locale::En), "12,345.5");
        assert_eq!(format_decimal(12345.5, 1, Locale::Bs), "12.345,5");
        assert_eq!(format_decimal(-0.0001, 2, Locale::En), "0");
    }

    #[test]
    fn parses_what_learners_type() {
        assert_eq!(parse_decimal("3,5", Locale::Hr), Some(3.5));
        assert_eq!(parse_decimal("3.5", Locale::Hr), Some(3.5));
        assert_eq!(parse_decimal("3,5", Locale::En), Some(3.5));
        assert_eq!(parse_decimal("1 951", Locale::Sq), Some(1951.0));
        assert_eq!(parse_decimal("1,234.5", Locale::En), Some(1234.5));
        assert_eq!(parse_decimal("1.234,5", Locale::Mk), Some(1234.5));
        assert_eq!(parse_decimal("abc", Locale::En), None);
        assert_eq!(parse_decimal("", Locale::En), None);
        assert_eq!(parse_decimal("inf", Locale::En), None);
    }

    #[test]
    fn dates_follow_local_patterns() {
        let at: Timestamp = "2026-11-27T13:05:00Z".parse().expect("timestamp");
        let zone = TimeZone::UTC;
        assert_eq!(format_datetime(at, &zone, Locale::En), "27 Nov 2026, 13:05");
        assert_eq!(
            format_datetime(at, &zone, Locale::Hr),
            "27. 11. 2026. 13:05"
        );
        assert_eq!(format_datetime(at, &zone, Locale::Mk), "27.11.2026 13:05");
        assert_eq!(format_datetime(at, &zone, Locale::Sq), "27.11.2026, 13:05");
    }

    #[test]
    fn thousands_are_grouped_from_five_digits() {
        assert_eq!(format_decimal(1951.0, 0, Locale::En), "1951");
        assert_eq!(format_decimal(12345.0, 2, Locale::En), "12,345");
        assert_eq!(format_decimal(123456.0, 2, Locale::En), "123,456");
        assert_eq!(format_decimal(1234567.0, 2, Locale::Hr), "1.234.567");
        assert_eq!(format_decimal(-12345.25, 2, Locale::En), "-12,345.25");
        assert_eq!(format_decimal(-1951.0, 2, Locale::En), "-1951");
        assert_eq!(format_decimal(12345.0, 0, Locale::Sq), "12\u{a0}345");
        assert_eq!(format_decimal(2.5, 2, Locale::En), "2.5");
        assert_eq!(format_decimal(3.0, 2, Locale::En), "3");
        assert_eq!(format_decimal(2.26, 1, Locale::Mk), "2,3");
    }

    #[test]
    fn parsing_ignores_spaces_and_refuses_two_decimal_commas() {
        assert_eq!(parse_decimal("1\u{a0}951", Locale::Sq), Some(1951.0));
        assert_eq!(parse_decimal(" 7 ", Locale::En), Some(7.0));
        assert_eq!(parse_decimal("1,2,3", Locale::Hr), None);
        assert_eq!(parse_decimal(" \u{a0}", Locale::En), None);
        assert_eq!(parse_decimal("-2,5", Locale::Bs), Some(-2.5));
    }
}
