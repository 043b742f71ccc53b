//! Bulk sends (`waba send bulk`): one message to each row of a recipient file, paced, journalled
//! in SQLite so that a stopped or killed job resumes with nothing lost and nothing sent twice.
//!
//! - [`recipients`]: the rows of a CSV (with a header) or JSONL file, streamed, mapped to a
//!   template's parameters.
//! - [`validate`]: each row checked as `send template` checks one, and its body built.
//! - [`journal`]: one SQLite database per job; a row is `in_flight` on disk before its request
//!   is written.
//! - [`pace`]: the GCRA limiter (governor) with back-off on throttling.
//! - [`run`]: the send loop: a bounded window of requests in flight, classified as `send` does.
//! - [`estimate`]: cost, messaging-limit check and duration before the first message.
//!
//! Nothing here knows of the command line.

pub mod estimate;
pub mod journal;
pub mod pace;
pub mod recipients;
pub mod run;
pub mod validate;

/// Where job databases live: `<data dir>/jobs/NAME.db`.
pub fn job_path(data_dir: &std::path::Path, name: &str) -> std::path::PathBuf {
    data_dir.join("jobs").join(format!("{name}.db"))
}

/// A job name may hold letters, digits, `-`, `_` and `.` (not first), at most 100 characters.
pub fn valid_job_name(name: &str) -> bool {
    !name.is_empty()
        && name.len() <= 100
        && !name.starts_with('.')
        && name.bytes().all(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.'))
}

/// The default job name: the file's stem (or `stdin`) and the UTC time, e.g. `customers-20261203T134900Z`.
pub fn default_job_name(source: &std::path::Path, now: jiff::Timestamp) -> String {
    let stem = if source.as_os_str() == "-" {
        "stdin".to_string()
    } else {
        source.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_else(|| "job".into())
    };
    let clean: String = stem
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() || c == '-' || c == '_' { c } else { '_' })
        .take(60)
        .collect();
    let clean = if clean.is_empty() { "job".to_string() } else { clean };
    format!("{clean}-{}", now.strftime("%Y%m%dT%H%M%SZ"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn job_names() {
        let ts: jiff::Timestamp = "2026-12-03T13:49:00Z".parse().unwrap();
        assert_eq!(
            default_job_name(std::path::Path::new("/x/customers list.csv"), ts),
            "customers_list-20261203T134900Z"
        );
        assert_eq!(default_job_name(std::path::Path::new("-"), ts), "stdin-20261203T134900Z");
        assert!(valid_job_name("spring-sale_2.1"));
        assert!(!valid_job_name("../x"));
        assert!(!valid_job_name(".hidden"));
        assert!(!valid_job_name(""));
    }
}
