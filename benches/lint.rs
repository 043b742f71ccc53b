//! Template lint on adversarial inputs (issue 9 §6): lint time must stay linear in the input size.
//! Run: `cargo bench --bench lint`.

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use std::path::PathBuf;
use waba::templates::file::{FileFormat, TemplateFile};
use waba::templates::lint::lint_file;

/// A body of `n` bytes of `{{` (every pair is an unmatched brace).
fn braces(n: usize) -> String {
    let body = "{{".repeat(n / 2);
    format!(
        r#"{{"name":"braces","language":"en_US","category":"UTILITY","components":[{{"type":"BODY","text":"{body}"}}]}}"#
    )
}

/// Carousel cards nested inside cards as deep as the JSON parser allows.
fn nested(depth: usize) -> String {
    let mut s = String::from(r#"{"type":"BODY","text":"x"}"#);
    for _ in 0..depth {
        s = format!(r#"{{"type":"CAROUSEL","cards":[{{"components":[{s},{{"type":"BODY","text":"{{{{1}}"}}]}}]}}"#);
    }
    format!(r#"{{"name":"nested","language":"en_US","category":"MARKETING","components":[{s}]}}"#)
}

/// `n` components, each with a diagnostic (wide rather than deep).
fn wide(n: usize) -> String {
    let comps: Vec<String> = (0..n).map(|i| format!(r#"{{"type":"BODY","text":"{{{{{i}}} x"}}"#)).collect();
    format!(r#"{{"name":"wide","language":"en_US","category":"UTILITY","components":[{}]}}"#, comps.join(","))
}

fn lint(src: &str) -> usize {
    let file = TemplateFile::parse(PathBuf::from("t.json"), FileFormat::Json, src.to_owned()).expect("parses");
    lint_file(&file).len()
}

fn bench(c: &mut Criterion) {
    let mut g = c.benchmark_group("lint_adversarial");
    g.sample_size(10);
    for (name, src) in [
        ("braces_254k", braces(254_000)),
        ("braces_64k", braces(64_000)),
        ("nested_cards", nested(30)),
        ("wide_5k", wide(5_000)),
        ("wide_20k", wide(20_000)),
    ] {
        g.throughput(Throughput::Bytes(src.len() as u64));
        g.bench_function(name, |b| b.iter(|| lint(&src)));
    }
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
