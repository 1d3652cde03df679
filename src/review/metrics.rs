//! A metric's history as a chart: the number in each value as reported
//! ("42", "95%", "€ 1.200", "0,75 FTE") and its height on a one-line
//! chart. Values are typed by people, so a value without a number is a
//! gap in the chart, never a zero; the values themselves are always shown
//! beside the chart, so the chart is never the only way to read them.

/// The number a reported value starts with, if any: the first run of
/// digits, with a minus sign right before it. A single `.` or `,` followed
/// by exactly three digits separates thousands ("1.200", "1,200"); any
/// other single one is the decimal mark ("2.5", "0,75"). With both, the
/// last is the decimal mark ("1.234,5", "1,234.5").
pub fn number(value: &str) -> Option<f64> {
    let bytes = value.as_bytes();
    let start = bytes.iter().position(u8::is_ascii_digit)?;
    let end = bytes[start..]
        .iter()
        .position(|b| !(b.is_ascii_digit() || *b == b'.' || *b == b','))
        .map_or(bytes.len(), |n| start + n);
    // A trailing mark ends a sentence ("5."), it is not part of the number.
    let token = value[start..end].trim_end_matches(['.', ',']);
    let negative = start > 0 && bytes[start - 1] == b'-';
    let dots = token.matches('.').count();
    let commas = token.matches(',').count();
    let plain: String = match (dots, commas) {
        (0, 0) => token.to_owned(),
        (_, 0) | (0, _) => {
            let mark = if dots > 0 { '.' } else { ',' };
            let after = token.rsplit(mark).next().unwrap_or("");
            if dots + commas > 1 || after.len() == 3 {
                token.replace(mark, "")
            } else {
                token.replace(mark, ".")
            }
        }
        _ => {
            let decimal = if token.rfind('.') > token.rfind(',') {
                '.'
            } else {
                ','
            };
            token
                .chars()
                .filter(|c| c.is_ascii_digit() || *c == decimal)
                .map(|c| if c == decimal { '.' } else { c })
                .collect()
        }
    };
    let n: f64 = plain.parse().ok()?;
    Some(if negative { -n } else { n })
}

/// Heights from 1 to 8 (eighths of a line) for the values, the lowest at 1
/// and the highest at 8, so a change shows even when every value is large;
/// all equal values sit at 4. `None` stays a gap.
pub fn levels(values: &[Option<f64>]) -> Vec<Option<u64>> {
    let known = values.iter().flatten();
    let min = known.clone().copied().fold(f64::INFINITY, f64::min);
    let max = known.copied().fold(f64::NEG_INFINITY, f64::max);
    values
        .iter()
        .map(|v| {
            v.map(|v| {
                if max > min {
                    1 + ((v - min) / (max - min) * 7.0).round() as u64
                } else {
                    4
                }
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_are_read_as_people_write_them() {
        assert_eq!(number("42"), Some(42.0));
        assert_eq!(number("95%"), Some(95.0));
        assert_eq!(number("€ 1.200"), Some(1200.0));
        assert_eq!(number("1,200 visitors"), Some(1200.0));
        assert_eq!(number("0,75 FTE"), Some(0.75));
        assert_eq!(number("2.5 days"), Some(2.5));
        assert_eq!(number("1.234,5"), Some(1234.5));
        assert_eq!(number("1,234.5"), Some(1234.5));
        assert_eq!(number("-3 on last month"), Some(-3.0));
        assert_eq!(number("about 5."), Some(5.0));
        assert_eq!(number("not measured"), None);
        assert_eq!(number(""), None);
    }

    #[test]
    fn levels_span_the_lowest_to_the_highest_and_keep_gaps() {
        assert_eq!(
            levels(&[Some(40.0), Some(47.0), None, Some(44.0)]),
            vec![Some(1), Some(8), None, Some(5)]
        );
        assert_eq!(levels(&[Some(3.0), Some(3.0)]), vec![Some(4), Some(4)]);
        assert_eq!(levels(&[None]), vec![None]);
    }
}
