//! Small horizontal bar charts drawn with Unicode block characters, for terminals.

/// Eighth blocks, from one eighth to a full cell.
const BLOCKS: [char; 8] = ['▏', '▎', '▍', '▌', '▋', '▊', '▉', '█'];

/// One bar: a label, its value (for the length) and the text shown after it.
#[derive(Debug, Clone, PartialEq)]
pub struct Bar {
    /// Shown left of the bar.
    pub label: String,
    /// The bar's length relative to the longest; negative values count as zero.
    pub value: f64,
    /// Shown right of the bar (e.g. the formatted amount).
    pub annotation: String,
}

impl Bar {
    /// A bar.
    pub fn new(label: impl Into<String>, value: f64, annotation: impl Into<String>) -> Self {
        Self { label: label.into(), value, annotation: annotation.into() }
    }
}

/// Draw the bars, at most `width` columns wide (labels and annotations included).
///
/// The longest bar fills the space left after labels and annotations; the others
/// are scaled to it with a resolution of an eighth of a column. A non-zero value
/// always shows at least the thinnest block, so small costs stay visible.
pub fn bar_chart(bars: &[Bar], width: usize) -> String {
    let label_width = bars.iter().map(|b| b.label.chars().count()).max().unwrap_or(0);
    let note_width = bars.iter().map(|b| b.annotation.chars().count()).max().unwrap_or(0);
    let room = width.saturating_sub(label_width + note_width + 4).clamp(10, 60);
    let max = bars.iter().map(|b| b.value).fold(0.0_f64, f64::max);
    let mut out = String::new();
    for bar in bars {
        let eighths = if max > 0.0 && bar.value > 0.0 {
            ((bar.value / max) * (room * 8) as f64).round().max(1.0) as usize
        } else {
            0
        };
        let mut drawn = "█".repeat(eighths / 8);
        if eighths % 8 > 0 {
            drawn.push(BLOCKS[eighths % 8 - 1]);
        }
        let pad = room + 1 - drawn.chars().count().min(room + 1);
        out.push_str(&format!("{:<label_width$}  {drawn}{} {}\n", bar.label, " ".repeat(pad), bar.annotation));
    }
    out.lines().map(str::trim_end).collect::<Vec<_>>().join("\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn longest_bar_fills_the_room_and_small_values_stay_visible() {
        let bars = [Bar::new("marketing", 100.0, "$100.00"), Bar::new("utility", 0.01, "$0.01")];
        let chart = bar_chart(&bars, 40);
        let lines: Vec<&str> = chart.lines().collect();
        assert_eq!(lines.len(), 2);
        assert!(lines[0].starts_with("marketing  ████"));
        assert!(lines[0].ends_with("$100.00"));
        assert!(lines[1].contains('▏'), "{chart}");
    }

    #[test]
    fn zero_and_negative_values_draw_nothing() {
        let chart = bar_chart(&[Bar::new("a", 0.0, "0"), Bar::new("b", -3.0, "-3")], 40);
        assert!(!chart.contains('█') && !chart.contains('▏'));
    }

    #[test]
    fn no_bars_no_output() {
        assert_eq!(bar_chart(&[], 80), "");
    }
}
