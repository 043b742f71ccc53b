//! Group commit: concurrent sends through the writer thread are each stored once, limits hold
//! across a batch, queued jobs are written before the writer stops, and one failing job fails
//! alone.

use std::sync::mpsc;

use rusqlite::Connection;
use serde_json::{Value, json};

use super::{PN1, TOKEN, client, send};
use crate::sandbox::error::GraphError;
use crate::sandbox::store::messages::{self as rows, MessageRow};
use crate::sandbox::store::writer::{Job, Writer};
use crate::sandbox::store::{self, Db};
use crate::sandbox::{SandboxOptions, start};

async fn serve(path: std::path::PathBuf) -> crate::sandbox::RunningSandbox {
    start(SandboxOptions {
        state_path: Some(path),
        token: TOKEN.into(),
        addr: "127.0.0.1:0".parse().unwrap(),
        review_delay: crate::sandbox::DEFAULT_REVIEW_DELAY,
        status_delay: crate::sandbox::messages::DEFAULT_STATUS_DELAY,
        unlimited_throughput: true,
        app_secret: None,
        webhooks: None,
        faults: None,
    })
    .await
    .unwrap()
}

/// Sends `bodies` all at once; the responses in order.
async fn send_all(base: &str, bodies: Vec<Value>) -> Vec<super::Resp> {
    let url = format!("{base}/v23.0/{PN1}/messages");
    let http = client();
    let tasks: Vec<_> = bodies
        .into_iter()
        .map(|b| {
            let req = http.post(&url).bearer_auth(TOKEN).json(&b);
            tokio::spawn(async move { send(req).await })
        })
        .collect();
    let mut out = Vec::new();
    for t in tasks {
        out.push(t.await.unwrap());
    }
    out
}

fn text_to(i: usize) -> Value {
    json!({"messaging_product":"whatsapp","to":format!("+1202555{i:04}"),"type":"text","text":{"body":"hi"}})
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn concurrent_sends_are_each_stored_once_in_sequence() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("world.db");
    let sandbox = serve(path.clone()).await;
    let replies = send_all(&sandbox.base_url(), (0..300).map(text_to).collect()).await;
    let mut ids: Vec<String> = replies
        .iter()
        .map(|r| {
            assert_eq!(r.status, 200, "{:#}", r.body);
            r.body["messages"][0]["id"].as_str().unwrap().to_owned()
        })
        .collect();
    sandbox.shutdown().await;
    let conn = store::connect(&path).unwrap();
    let stored = rows::list(&conn, None, None).unwrap();
    assert_eq!(stored.len(), 300);
    let seqs: Vec<i64> = stored.iter().map(|m| m.seq).collect();
    assert_eq!(seqs, (seqs[0]..seqs[0] + 300).collect::<Vec<_>>(), "contiguous sequence numbers");
    let mut stored_ids: Vec<String> = stored.into_iter().map(|m| m.id).collect();
    ids.sort();
    stored_ids.sort();
    assert_eq!(ids, stored_ids, "every answered id is stored, once");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn concurrent_template_sends_never_pass_the_portfolio_limit() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("world.db");
    let (mut db, _) = Db::open(&path, None).unwrap();
    db.mutate(|w| {
        for n in &mut w.phone_numbers {
            n.messaging_limit_tier = "TIER_50".into();
        }
        Ok(())
    })
    .unwrap();
    drop(db);
    let sandbox = serve(path.clone()).await;
    let template = |i: usize| {
        json!({"messaging_product":"whatsapp","to":format!("+1202555{i:04}"),"type":"template","template":{
            "name":"order_update","language":{"code":"en_US"},"components":[{"type":"body","parameters":[
                {"type":"text","parameter_name":"first_name","text":"Ada"},
                {"type":"text","parameter_name":"order_number","text":"42"}]}]}})
    };
    let replies = send_all(&sandbox.base_url(), (0..70).map(template).collect()).await;
    let accepted = replies.iter().filter(|r| r.status == 200).count();
    let refused: Vec<_> = replies.iter().filter(|r| r.status != 200).collect();
    assert_eq!(accepted, 50);
    assert_eq!(refused.len(), 20);
    for r in refused {
        r.graph_error(400, 131048);
    }
    sandbox.shutdown().await;
    let conn = store::connect(&path).unwrap();
    assert_eq!(rows::list(&conn, None, None).unwrap().len(), 50);
}

/// Inserts a message with id `id`, then reports its outcome.
struct Insert {
    id: String,
    done: mpsc::Sender<(String, Result<(), GraphError>)>,
    /// Waited on inside the transaction (holds the writer while others queue).
    hold: Option<mpsc::Receiver<()>>,
}

impl Job for Insert {
    fn run(&mut self, conn: &Connection) -> Result<(), GraphError> {
        if let Some(hold) = self.hold.take() {
            let _ = hold.recv();
        }
        let row = MessageRow {
            seq: 0,
            id: self.id.clone(),
            phone_number_id: PN1.into(),
            direction: "out".into(),
            wa_id: "12025550100".into(),
            input: "+12025550100".into(),
            kind: "text".into(),
            category: None,
            template: None,
            at_ms: 1,
            behaviour: "normal".into(),
            error_code: None,
            body: "{}".into(),
        };
        rows::insert(conn, &row).map(|_| ()).map_err(|e| GraphError::internal(e.to_string()))
    }

    fn done(self: Box<Self>, outcome: Result<(), GraphError>) {
        let _ = self.done.send((self.id.clone(), outcome));
    }
}

fn job(id: &str, done: &mpsc::Sender<(String, Result<(), GraphError>)>) -> Box<Insert> {
    Box::new(Insert { id: id.into(), done: done.clone(), hold: None })
}

#[test]
fn a_failing_job_fails_alone_and_stopping_writes_what_was_queued() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("world.db");
    drop(Db::open(&path, None).unwrap());
    let writer = Writer::start(&path);
    let (done, outcomes) = mpsc::channel();
    let (release, hold) = mpsc::channel();
    // The first job holds the writer until the next three are queued: they form one batch.
    writer.submit(Box::new(Insert { id: "wamid.first".into(), done: done.clone(), hold: Some(hold) }));
    writer.submit(job("wamid.a", &done));
    writer.submit(job("wamid.a", &done));
    writer.submit(job("wamid.c", &done));
    release.send(()).unwrap();
    // Dropping the writer ends its thread only after everything queued is written.
    drop(writer);
    drop(done);
    let got: Vec<(String, bool)> = outcomes.iter().map(|(id, o)| (id, o.is_ok())).collect();
    assert_eq!(
        got,
        [("wamid.first".into(), true), ("wamid.a".into(), true), ("wamid.a".into(), false), ("wamid.c".into(), true)]
    );
    let conn = store::connect(&path).unwrap();
    let ids: Vec<String> = rows::list(&conn, None, None).unwrap().into_iter().map(|m| m.id).collect();
    assert_eq!(ids, ["wamid.first", "wamid.a", "wamid.c"]);
}
