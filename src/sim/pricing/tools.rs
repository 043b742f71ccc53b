//! Whole-log helpers: [`simulate`] and [`compare`], and their error type.

use super::PriceError;
use super::config::PricingConfig;
use super::pricer::Pricer;
use super::regime::Regime;
use super::summary::{ExplainRow, Summary};
use crate::sim::events::{Event, LogError};

/// A log or pricing error.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SimError {
    /// Bad input line.
    #[error(transparent)]
    Log(#[from] LogError),
    /// Could not price.
    #[error(transparent)]
    Price(#[from] PriceError),
    /// Bad estimate/rates request.
    #[error("{0}")]
    Request(String),
}

impl SimError {
    /// A market name the map does not know, with the naming rule that fixes it.
    pub(super) fn unknown_market(name: &str) -> SimError {
        SimError::Request(format!(
            "unknown market {name:?}: name it as Meta's rate card does, e.g. India, Brazil, \"North America\", \"Rest of Africa\", Other"
        ))
    }
}

/// Prices a whole stream; explanation rows are collected when `cfg.explain`.
pub fn simulate<I>(events: I, cfg: PricingConfig) -> Result<(Summary, Vec<ExplainRow>), SimError>
where
    I: IntoIterator<Item = Result<Event, LogError>>,
{
    let mut p = Pricer::new(cfg);
    let mut rows = Vec::new();
    for ev in events {
        if let Some(r) = p.push(&ev?)? {
            rows.push(r);
        }
    }
    Ok((p.finish(), rows))
}

/// Prices the same stream under every regime (one pricer per regime, one pass, streaming).
pub fn compare<I>(events: I, cfg: PricingConfig) -> Result<Vec<(Regime, Summary)>, SimError>
where
    I: IntoIterator<Item = Result<Event, LogError>>,
{
    let mut ps: Vec<(Regime, Pricer)> = Regime::ALL
        .into_iter()
        .map(|r| (r, Pricer::new(PricingConfig { regime: Some(r), explain: false, ..cfg.clone() })))
        .collect();
    for ev in events {
        let ev = ev?;
        for (_, p) in &mut ps {
            p.push(&ev)?;
        }
    }
    Ok(ps.into_iter().map(|(r, p)| (r, p.finish())).collect())
}
