//! The body parameters of `send template`: `--param`, `--param-currency` and
//! `--param-date-time` in the order given on the command line (one ordered list, from clap's
//! indices), and the `--params FILE` of values, typed objects and carousel cards.

use clap::{Arg, ArgAction, ArgMatches, Command};
use serde_json::Value;

use super::template_cards::{RawCard, card_from_json};
use crate::cli::error::{CliError, CliResult};
use crate::messages::template::Param;

/// Which flag gave a parameter.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Text,
    Currency,
    DateTime,
}

impl Kind {
    fn flag(self) -> &'static str {
        match self {
            Self::Text => "--param",
            Self::Currency => "--param-currency",
            Self::DateTime => "--param-date-time",
        }
    }
}

const IDS: [(&str, Kind); 3] =
    [("params", Kind::Text), ("param_currency", Kind::Currency), ("param_date_time", Kind::DateTime)];

/// The parameter flags, in command-line order.
#[derive(Debug, Clone, Default)]
pub struct ParamFlags {
    pub items: Vec<(Kind, String)>,
}

impl clap::FromArgMatches for ParamFlags {
    fn from_arg_matches(m: &ArgMatches) -> Result<Self, clap::Error> {
        let mut flags = Self::default();
        flags.update_from_arg_matches(m)?;
        Ok(flags)
    }

    fn update_from_arg_matches(&mut self, m: &ArgMatches) -> Result<(), clap::Error> {
        let mut all = Vec::new();
        for (id, kind) in IDS {
            let values = m.get_many::<String>(id).into_iter().flatten();
            let indices = m.indices_of(id).into_iter().flatten();
            all.extend(indices.zip(values).map(|(i, v)| (i, kind, v.clone())));
        }
        all.sort_by_key(|(i, _, _)| *i);
        self.items = all.into_iter().map(|(_, k, v)| (k, v)).collect();
        Ok(())
    }
}

impl clap::Args for ParamFlags {
    fn augment_args(cmd: Command) -> Command {
        let arg = |id: &'static str, long: &'static str, value: &'static str, help: &'static str| {
            Arg::new(id)
                .long(long)
                .value_name(value)
                .action(ArgAction::Append)
                .value_parser(clap::value_parser!(String))
                .help(help)
        };
        cmd.arg(arg(
            "params",
            "param",
            "VALUE|name=VALUE",
            "A parameter: VALUE (positional, in order) or name=VALUE (named templates); repeatable",
        ))
        .arg(arg(
            "param_currency",
            "param-currency",
            "[name=]CODE:AMOUNT[:FALLBACK]",
            "A currency parameter, e.g. USD:12.50:$12.50 (ISO 4217 code, at most 3 decimals); in order with --param",
        ))
        .arg(arg(
            "param_date_time",
            "param-date-time",
            "[name=]TEXT",
            "A date_time parameter: the date as the recipient reads it; in order with --param",
        ))
    }

    fn augment_args_for_update(cmd: Command) -> Command {
        Self::augment_args(cmd)
    }
}

/// `name=VALUE` with a valid parameter name (lowercase letters, digits, underscores).
pub fn named_pair(value: &str) -> Option<(String, String)> {
    let (k, v) = value.split_once('=')?;
    let ok = !k.is_empty() && k.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_');
    ok.then(|| (k.to_string(), v.to_string()))
}

/// The value of one flag.
fn value(kind: Kind, raw: &str) -> CliResult<Param> {
    match kind {
        Kind::Text => Ok(Param::Text(raw.to_string())),
        Kind::Currency => Param::currency_spec(raw).map_err(|e| {
            CliError::usage(format!("--param-currency {raw}: {e}"))
                .hint("give CODE:AMOUNT[:FALLBACK], e.g. USD:12.50:$12.50")
        }),
        Kind::DateTime if raw.trim().is_empty() => Err(CliError::usage("--param-date-time: the value is empty")
            .hint("give the date as the recipient reads it, e.g. 'February 25, 1977'")),
        Kind::DateTime => Ok(Param::DateTime(raw.to_string())),
    }
}

/// Positional values and named pairs.
pub type Split = (Vec<Param>, Vec<(String, Param)>);

/// Positional and named parameters from the flags; `named_template` is the definition's
/// `parameter_format` (`None` without a definition: named when every flag names one).
pub fn from_flags(flags: &ParamFlags, named_template: Option<bool>, name: &str) -> CliResult<Split> {
    let all_named = !flags.items.is_empty() && flags.items.iter().all(|(_, raw)| named_pair(raw).is_some());
    let named_template = named_template.unwrap_or(all_named);
    let (mut positional, mut named) = (Vec::new(), Vec::new());
    for (kind, raw) in &flags.items {
        match named_pair(raw) {
            // A positional template given only name=VALUE is reported by the check (it names the parameter).
            Some((k, v)) if named_template || all_named => named.push((k, value(*kind, &v)?)),
            _ if named_template => {
                let flag = kind.flag();
                return Err(CliError::usage(format!("{flag} {raw}: template {name} takes named parameters"))
                    .hint(format!("give each as {flag} name=VALUE")));
            }
            _ => positional.push(value(*kind, raw)?),
        }
    }
    Ok((positional, named))
}

/// What a `--params FILE` holds.
#[derive(Debug, Default)]
pub struct FileParams {
    pub positional: Vec<Param>,
    pub named: Vec<(String, Param)>,
    pub cards: Vec<RawCard>,
}

/// Read `--params FILE`: a JSON array (positional), an object of name: value (named), or an
/// object with `params` (an array) and/or `cards`; in TOML the same as tables and arrays.
pub fn read_file(path: &std::path::Path) -> CliResult<FileParams> {
    let text = crate::cli::input::read_text(path)?;
    let shown = crate::cli::input::display(path);
    let hint = "a JSON array of values, an object of name: value, or {\"params\": [...], \"cards\": [...]}";
    let bad = |e: String| CliError::usage(format!("{shown}: {e}")).hint(hint);
    let value: Value = if path.extension().is_some_and(|e| e.eq_ignore_ascii_case("toml")) {
        toml::from_str::<toml::Value>(&text)
            .map_err(|e| bad(e.to_string()))
            .and_then(|t| serde_json::to_value(t).map_err(|e| bad(e.to_string())))?
    } else {
        serde_json::from_str(&text).map_err(|e| bad(e.to_string()))?
    };
    let list = |items: &[Value], at: &str| -> CliResult<Vec<Param>> {
        items.iter().enumerate().map(|(i, v)| Param::from_json(v).map_err(|e| bad(format!("{at}[{i}]: {e}")))).collect()
    };
    let mut out = FileParams::default();
    match value {
        Value::Array(items) => out.positional = list(&items, "params")?,
        Value::Object(map) if !map.is_empty() && map.keys().all(|k| k == "params" || k == "cards") => {
            match map.get("params") {
                None => {}
                Some(Value::Array(items)) => out.positional = list(items, "params")?,
                Some(_) => return Err(bad("\"params\" must be an array".into())),
            }
            match map.get("cards") {
                None => {}
                Some(Value::Array(cards)) => {
                    for (i, c) in cards.iter().enumerate() {
                        out.cards.push(card_from_json(c).map_err(|e| bad(format!("cards[{i}]: {e}")))?);
                    }
                }
                Some(_) => return Err(bad("\"cards\" must be an array of objects".into())),
            }
        }
        Value::Object(map) => {
            for (k, v) in &map {
                out.named.push((k.clone(), Param::from_json(v).map_err(|e| bad(format!("{k}: {e}")))?));
            }
        }
        _ => return Err(bad("not an array or object".into())),
    }
    Ok(out)
}
