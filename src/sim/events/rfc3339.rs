//! Fast path for the common RFC 3339 shape `YYYY-MM-DDTHH:MM:SS[.fraction](Z|±HH:MM)`. Anything
//! else (leap seconds, lower-case separators, odd widths) returns `None` and jiff's parser decides.

fn num(b: &[u8], i: usize, n: usize) -> Option<i64> {
    let mut v = 0i64;
    for &c in b.get(i..i + n)? {
        if !c.is_ascii_digit() {
            return None;
        }
        v = v * 10 + i64::from(c - b'0');
    }
    Some(v)
}

/// Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's algorithm).
fn days_from_civil(y: i64, m: i64, d: i64) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

fn days_in_month(y: i64, m: i64) -> i64 {
    match m {
        2 if (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// Parses the common shape, or `None`.
pub(super) fn fast(b: &[u8]) -> Option<jiff::Timestamp> {
    if b.len() < 20 || b[4] != b'-' || b[7] != b'-' || b[10] != b'T' || b[13] != b':' || b[16] != b':' {
        return None;
    }
    let (y, mo, d) = (num(b, 0, 4)?, num(b, 5, 2)?, num(b, 8, 2)?);
    let (h, mi, s) = (num(b, 11, 2)?, num(b, 14, 2)?, num(b, 17, 2)?);
    if !(1..=12).contains(&mo) || d < 1 || d > days_in_month(y, mo) || h > 23 || mi > 59 || s > 59 {
        return None;
    }
    let mut i = 19;
    let mut nanos = 0i32;
    if b.get(i) == Some(&b'.') {
        i += 1;
        let start = i;
        while b.get(i).is_some_and(u8::is_ascii_digit) {
            i += 1;
        }
        let n = i - start;
        if n == 0 || n > 9 {
            return None;
        }
        let v = i32::try_from(num(b, start, n)?).ok()?;
        nanos = v * 10i32.pow(9 - n as u32);
    }
    let offset = match b.get(i)? {
        b'Z' if i + 1 == b.len() => 0,
        c @ (b'+' | b'-') if i + 6 == b.len() && b[i + 3] == b':' => {
            let (oh, om) = (num(b, i + 1, 2)?, num(b, i + 4, 2)?);
            if oh > 23 || om > 59 {
                return None;
            }
            let o = oh * 3600 + om * 60;
            if *c == b'-' { -o } else { o }
        }
        _ => return None,
    };
    let secs = days_from_civil(y, mo, d) * 86_400 + h * 3600 + mi * 60 + s - offset;
    jiff::Timestamp::new(secs, nanos).ok()
}

#[cfg(test)]
mod tests {
    use super::fast;

    #[test]
    fn agrees_with_jiff() {
        for s in [
            "2025-07-01T08:30:00Z",
            "2024-02-29T23:59:59.123456789+05:30",
            "1999-12-31T00:00:00.5-03:00",
            "2026-10-01T00:00:00+14:00",
            "2000-03-01T12:00:00-00:00",
        ] {
            assert_eq!(fast(s.as_bytes()), Some(s.parse().unwrap()), "{s}");
        }
        for s in [
            "2025-02-29T00:00:00Z",
            "2025-07-01T08:30:60Z",
            "2025-07-01 08:30:00Z",
            "2025-07-01T08:30:00",
            "2025-07-01T08:30:00+0530",
        ] {
            assert_eq!(fast(s.as_bytes()), None, "{s}");
        }
    }
}
