//! Webhook deliveries as `waba webhooks listen` will handle each one:
//! * `verify`: the `X-Hub-Signature-256` check of a raw body (HMAC-SHA256, constant time);
//! * `verify_and_parse`: the check, then the envelope split into events with summaries.
//!
//! Bodies: a `delivered` status with pricing (the most frequent delivery) and an inbound text.
//! Run: `cargo bench --bench webhooks` (release profile).
use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use waba::webhooks::payload::{self, Context, Options};
use waba::webhooks::{parse, sign, verify};

fn body(kind: &str, variant: &str) -> Vec<u8> {
    let ctx = Context {
        waba_id: "1200000000000001".into(),
        phone_number_id: "1100000000000009".into(),
        display_phone_number: "15550100001".into(),
        wa_id: "16505551234".into(),
        profile_name: "Ada".into(),
        time: 1_764_700_000,
    };
    let options = Options { variant: Some(variant.into()), ..Options::default() };
    serde_json::to_vec(&payload::build(kind, &ctx, &options).expect("builds")).expect("serialises")
}

fn bench(c: &mut Criterion) {
    let secret = b"0123456789abcdef0123456789abcdef";
    let mut group = c.benchmark_group("webhooks");
    group.throughput(Throughput::Elements(1));
    for (name, kind, variant) in [("status", "status", "delivered"), ("text", "message", "text")] {
        let body = body(kind, variant);
        let header = sign(secret, &body);
        group.bench_function(format!("verify/{name}"), |b| {
            b.iter(|| verify(secret, &body, Some(header.as_bytes())).expect("valid"));
        });
        group.bench_function(format!("verify_and_parse/{name}"), |b| {
            b.iter(|| {
                verify(secret, &body, Some(header.as_bytes())).expect("valid");
                parse(&body).expect("parses")
            });
        });
    }
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
