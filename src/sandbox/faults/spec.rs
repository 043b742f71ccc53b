//! `--faults SPEC`: comma-separated `KIND=P%` items (`slow=P%:DURATION` takes a delay), each
//! kind at most once, percentages from 0 to 100 with up to four decimals, at most 100 % in all.

use std::time::Duration;

/// One kind of injected fault, in the order a draw is matched against the spec.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum FaultKind {
    /// Stored, then the connection is closed without an answer.
    DropAfter,
    /// Stored, then answered HTTP 500 (code 131000).
    Error500After,
    /// Answered HTTP 500 (code 131000), not stored.
    Error500Before,
    /// Answered 130429 (throughput), not stored.
    Throttle,
    /// Stored, answered after a delay.
    Slow,
}

impl FaultKind {
    /// Every kind, in the order of [`FaultKind::name`]'s list.
    pub const ALL: [FaultKind; 5] = [
        FaultKind::DropAfter,
        FaultKind::Error500After,
        FaultKind::Error500Before,
        FaultKind::Throttle,
        FaultKind::Slow,
    ];

    /// The name in a spec (and in `sandbox status`, with `_` for `-`).
    pub fn name(self) -> &'static str {
        match self {
            FaultKind::DropAfter => "drop-after",
            FaultKind::Error500After => "error-500-after",
            FaultKind::Error500Before => "error-500-before",
            FaultKind::Throttle => "throttle",
            FaultKind::Slow => "slow",
        }
    }

    /// Whether the message is stored before the fault strikes.
    pub fn stores(self) -> bool {
        matches!(self, FaultKind::DropAfter | FaultKind::Error500After | FaultKind::Slow)
    }

    fn from_name(name: &str) -> Option<FaultKind> {
        FaultKind::ALL.into_iter().find(|k| k.name() == name)
    }

    pub(super) fn index(self) -> usize {
        FaultKind::ALL.iter().position(|k| *k == self).unwrap_or(0)
    }
}

/// Parts per million: 100 % = [`MILLION`].
pub(super) const MILLION: u32 = 1_000_000;

/// The delay of `slow` when the spec gives none.
pub const DEFAULT_SLOW: Duration = Duration::from_secs(2);

/// A parsed `--faults` spec.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FaultSpec {
    /// Each kind given, with its probability in parts per million, in the order given.
    pub(super) items: Vec<(FaultKind, u32)>,
    /// The delay of `slow` answers.
    pub slow: Duration,
}

impl FaultSpec {
    /// Parses `drop-after=5%,error-500-after=2%,throttle=3%,slow=1%:2s`; an error names the
    /// bad item and how to fix it.
    pub fn parse(text: &str) -> Result<FaultSpec, String> {
        let mut spec = FaultSpec { items: Vec::new(), slow: DEFAULT_SLOW };
        let known = || FaultKind::ALL.map(FaultKind::name).join(", ");
        for item in text.split(',').map(str::trim) {
            if item.is_empty() {
                return Err(format!(
                    "fault spec '{text}': an empty item; write KIND=P% items separated by commas, \
                     e.g. drop-after=5%,throttle=3%"
                ));
            }
            let Some((name, value)) = item.split_once('=') else {
                return Err(format!("fault '{item}': no '='; write KIND=P%, e.g. drop-after=5%"));
            };
            let name = name.trim();
            let kind = FaultKind::from_name(name)
                .ok_or_else(|| format!("fault '{item}': unknown kind '{name}'; the kinds are {}", known()))?;
            if spec.items.iter().any(|(k, _)| *k == kind) {
                return Err(format!("fault '{item}': {name} is given twice; give each kind once"));
            }
            let (share, delay) = match value.split_once(':') {
                Some((share, delay)) if kind == FaultKind::Slow => (share, Some(delay)),
                Some(_) => {
                    return Err(format!("fault '{item}': only slow takes a delay (slow=P%:DURATION); write {name}=P%"));
                }
                None => (value, None),
            };
            let ppm = percent(share).map_err(|why| format!("fault '{item}': {why}"))?;
            if let Some(delay) = delay {
                spec.slow = duration(delay).map_err(|why| format!("fault '{item}': {why}"))?;
            }
            spec.items.push((kind, ppm));
        }
        let total: u64 = spec.items.iter().map(|(_, p)| u64::from(*p)).sum();
        if total > u64::from(MILLION) {
            return Err(format!(
                "fault spec '{text}': the percentages add up to {}, more than 100%; lower some of them",
                show_ppm(u32::try_from(total).unwrap_or(u32::MAX))
            ));
        }
        Ok(spec)
    }

    /// The probability of `kind`, in parts per million (0 when not given).
    pub fn ppm(&self, kind: FaultKind) -> u32 {
        self.items.iter().find(|(k, _)| *k == kind).map_or(0, |(_, p)| *p)
    }

    /// The kind a uniform draw in `0..MILLION` falls on, if any.
    pub(super) fn pick(&self, draw: u32) -> Option<FaultKind> {
        let mut edge = 0u32;
        for kind in FaultKind::ALL {
            edge = edge.saturating_add(self.ppm(kind));
            if draw < edge {
                return Some(kind);
            }
        }
        None
    }

    /// The spec in its canonical form (kinds in a fixed order, zero shares left out).
    pub fn canonical(&self) -> String {
        let mut parts = Vec::new();
        for kind in FaultKind::ALL {
            let ppm = self.ppm(kind);
            if ppm == 0 {
                continue;
            }
            let mut part = format!("{}={}", kind.name(), show_ppm(ppm));
            if kind == FaultKind::Slow {
                part.push_str(&format!(":{}ms", self.slow.as_millis()));
            }
            parts.push(part);
        }
        parts.join(",")
    }
}

/// `5%`, `2.5%`, `0.01%` or the same without `%`, as parts per million.
fn percent(text: &str) -> Result<u32, String> {
    let t = text.trim();
    let t = t.strip_suffix('%').unwrap_or(t).trim();
    let bad = || format!("'{}' is not a percentage from 0 to 100 such as 5% or 0.5%", text.trim());
    let (whole, frac) = t.split_once('.').unwrap_or((t, ""));
    let digits = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
    if whole.is_empty() || !digits(whole) || !digits(frac) || whole.len() > 3 {
        return Err(bad());
    }
    if frac.len() > 4 {
        return Err(format!("'{}' has more than four decimals; round it, e.g. 0.0001%", text.trim()));
    }
    let whole: u32 = whole.parse().map_err(|_| bad())?;
    let frac_ppm: u32 = format!("{frac:0<4}").parse().map_err(|_| bad())?;
    let ppm = whole * 10_000 + frac_ppm;
    if ppm > MILLION {
        return Err(bad());
    }
    Ok(ppm)
}

/// A delay: jiff's friendly format (`500ms`, `2s`) or plain seconds, as on the command line.
fn duration(text: &str) -> Result<Duration, String> {
    let t = text.trim();
    let bad = || format!("'{t}' is not a delay such as 500ms, 2s or 1m");
    if !t.is_empty() && t.bytes().all(|b| b.is_ascii_digit()) {
        return t.parse::<u64>().map(Duration::from_secs).map_err(|_| bad());
    }
    let signed: jiff::SignedDuration = t.parse().map_err(|_| bad())?;
    let d = Duration::try_from(signed).map_err(|_| bad())?;
    if d > Duration::from_secs(3600) {
        return Err(format!("'{t}' is longer than an hour; give a delay up to 1h"));
    }
    Ok(d)
}

/// Parts per million as a percentage (`2.5%`).
fn show_ppm(ppm: u32) -> String {
    let whole = ppm / 10_000;
    let frac = ppm % 10_000;
    if frac == 0 {
        format!("{whole}%")
    } else {
        let f = format!("{frac:04}");
        format!("{whole}.{}%", f.trim_end_matches('0'))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_kinds_percentages_and_the_slow_delay() {
        let s = FaultSpec::parse("drop-after=5%, error-500-after=2.5%,error-500-before=1,throttle=3%,slow=1%:500ms")
            .unwrap();
        assert_eq!(s.ppm(FaultKind::DropAfter), 50_000);
        assert_eq!(s.ppm(FaultKind::Error500After), 25_000);
        assert_eq!(s.ppm(FaultKind::Error500Before), 10_000);
        assert_eq!(s.ppm(FaultKind::Throttle), 30_000);
        assert_eq!(s.ppm(FaultKind::Slow), 10_000);
        assert_eq!(s.slow, Duration::from_millis(500));
        assert_eq!(s.canonical(), "drop-after=5%,error-500-after=2.5%,error-500-before=1%,throttle=3%,slow=1%:500ms");
        assert_eq!(FaultSpec::parse("slow=100%").unwrap().slow, DEFAULT_SLOW);
        assert_eq!(FaultSpec::parse("throttle=0.0001%").unwrap().ppm(FaultKind::Throttle), 1);
        assert_eq!(FaultSpec::parse("drop-after=60%,throttle=40%").unwrap().ppm(FaultKind::Throttle), 400_000);
        assert_eq!(FaultSpec::parse("slow=1%:3").unwrap().slow, Duration::from_secs(3));
    }

    #[test]
    fn refuses_bad_items_naming_them_and_the_fix() {
        let err = |s: &str| FaultSpec::parse(s).unwrap_err();
        let unknown = err("drop=5%");
        assert!(unknown.contains("'drop=5%'") && unknown.contains("drop-after, error-500-after"), "{unknown}");
        assert!(err("drop-after=101%").contains("from 0 to 100"));
        assert!(err("drop-after=-1%").contains("not a percentage"));
        assert!(err("drop-after=five").contains("not a percentage"));
        assert!(err("drop-after=1.00001%").contains("four decimals"));
        assert!(err("drop-after").contains("no '='"));
        assert!(err("drop-after=1%,,throttle=1%").contains("empty item"));
        assert!(err("").contains("empty item"));
        assert!(err("throttle=1%,throttle=2%").contains("twice"));
        assert!(err("throttle=1%:2s").contains("only slow takes a delay"));
        assert!(err("slow=1%:soon").contains("not a delay"));
        assert!(err("slow=1%:2h").contains("up to 1h"));
        let total = err("drop-after=60%,throttle=40.5%");
        assert!(total.contains("100.5%") && total.contains("more than 100%"), "{total}");
    }

    #[test]
    fn a_draw_falls_on_the_kinds_in_a_fixed_order() {
        let s = FaultSpec::parse("throttle=10%,drop-after=20%").unwrap();
        assert_eq!(s.pick(0), Some(FaultKind::DropAfter));
        assert_eq!(s.pick(199_999), Some(FaultKind::DropAfter));
        assert_eq!(s.pick(200_000), Some(FaultKind::Throttle));
        assert_eq!(s.pick(299_999), Some(FaultKind::Throttle));
        assert_eq!(s.pick(300_000), None);
        assert_eq!(FaultSpec::parse("slow=100%").unwrap().pick(MILLION - 1), Some(FaultKind::Slow));
    }
}
