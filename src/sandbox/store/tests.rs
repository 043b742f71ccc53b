//! The world database: round trip, rollback, schema versions, migration of a
//! state file, reload after another connection wrote, and the request log.

use std::path::Path;

use super::log::{Entry, insert_batch};
use super::writer::Writer;
use super::{Db, connect, counts, reset};
use crate::sandbox::SandboxError;
use crate::sandbox::error::GraphError;
use crate::sandbox::world::World;

fn open(path: &Path) -> Db {
    Db::open(path, None).unwrap().0
}

fn rename_second_number(db: &mut Db, name: &str) {
    db.mutate(|w| {
        w.phone_numbers[1].verified_name = name.into();
        Ok(())
    })
    .unwrap();
}

#[test]
fn a_new_database_holds_the_seed_and_round_trips() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("nested/world.db");
    let mut db = open(&path);
    assert_eq!(db.world().unwrap(), &World::seed());
    rename_second_number(&mut db, "Renamed");
    let id = db.mutate(|w| Ok(w.templates.start_upload("1400000000000001", "a.png", 10, "image/png"))).unwrap();
    let mut again = open(&path);
    let world = again.world().unwrap();
    assert_eq!(world.phone_numbers[1].verified_name, "Renamed");
    assert!(world.templates.upload(&id).is_some());
    // Order is kept.
    let ids: Vec<&str> = world.phone_numbers.iter().map(|p| p.id.as_str()).collect();
    let seed = World::seed();
    let seed_ids: Vec<&str> = seed.phone_numbers.iter().map(|p| p.id.as_str()).collect();
    assert_eq!(ids, seed_ids);
    let (c, _) = counts(&path, None).unwrap();
    assert_eq!((c.business, c.wabas, c.phone_numbers, c.uploads), (1, 1, 5, 1));
}

#[test]
fn a_mutation_writes_only_the_rows_that_changed() {
    let dir = tempfile::tempdir().unwrap();
    let mut db = open(&dir.path().join("world.db"));
    let before = db.conn.total_changes();
    rename_second_number(&mut db, "Changed once");
    // the number's row, and the world's version
    assert_eq!(db.conn.total_changes() - before, 2);
    // Unchanged world: no write at all.
    let before = db.conn.total_changes();
    db.mutate(|_| Ok(())).unwrap();
    assert_eq!(db.conn.total_changes(), before);
}

#[test]
fn an_error_in_the_closure_rolls_back() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("world.db");
    let mut db = open(&path);
    let e = db
        .mutate(|w| -> Result<(), GraphError> {
            w.phone_numbers[0].verified_name = "Half done".into();
            Err(GraphError::invalid_param("nope"))
        })
        .unwrap_err();
    assert_eq!(e.code, 100);
    assert_eq!(db.world().unwrap(), &World::seed());
    assert_eq!(open(&path).world().unwrap(), &World::seed());
}

#[test]
fn another_connection_sees_each_commit() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("world.db");
    let mut a = open(&path);
    let mut b = open(&path);
    rename_second_number(&mut a, "From A");
    assert_eq!(b.world().unwrap().phone_numbers[1].verified_name, "From A");
    // B's mutation starts from A's world, so nothing is lost.
    b.mutate(|w| {
        w.phone_numbers[2].verified_name = "From B".into();
        Ok(())
    })
    .unwrap();
    let w = a.world().unwrap();
    assert_eq!(
        (w.phone_numbers[1].verified_name.as_str(), w.phone_numbers[2].verified_name.as_str()),
        ("From A", "From B")
    );
    // A reset is seen too.
    reset(&path, None).unwrap();
    assert_eq!(a.world().unwrap(), &World::seed());
}

#[test]
fn newer_schema_and_garbage_are_refused_and_reset_recovers() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("world.db");
    drop(open(&path));
    connect(&path).unwrap().pragma_update(None, "user_version", 9).unwrap();
    let e = Db::open(&path, None).err().unwrap();
    assert!(
        matches!(e, SandboxError::NewerVersion { found: 9, supported, .. } if i64::try_from(supported) == Ok(super::schema::SCHEMA_VERSION)),
        "{e}"
    );
    assert!(e.to_string().contains("waba sandbox reset") && e.to_string().contains("world.db"), "{e}");
    reset(&path, None).unwrap();
    assert_eq!(open(&path).world().unwrap(), &World::seed());

    let junk = dir.path().join("junk.db");
    std::fs::write(&junk, vec![b'x'; 4096]).unwrap();
    let e = Db::open(&junk, None).err().unwrap();
    assert!(e.to_string().contains("junk.db") && e.to_string().contains("waba sandbox reset"), "{e}");
    reset(&junk, None).unwrap();
    assert_eq!(open(&junk).world().unwrap(), &World::seed());
}

#[test]
fn an_old_state_file_is_migrated_once() {
    let dir = tempfile::tempdir().unwrap();
    let (db_path, legacy) = (dir.path().join("world.db"), dir.path().join("state.json"));
    let mut old = World::seed();
    old.phone_numbers[0].new_display_name = Some("Migrated".into());
    super::legacy::save(&legacy, &old).unwrap();
    let (mut db, migrated) = Db::open(&db_path, Some(&legacy)).unwrap();
    assert_eq!(migrated.as_deref(), Some(legacy.as_path()));
    assert_eq!(db.world().unwrap(), &old);
    assert!(!legacy.exists() && dir.path().join("state.json.migrated").exists());
    // A state file appearing later is not migrated again.
    super::legacy::save(&legacy, &World::seed()).unwrap();
    let (mut db, migrated) = Db::open(&db_path, Some(&legacy)).unwrap();
    assert!(migrated.is_none());
    assert_eq!(db.world().unwrap(), &old);
}

#[test]
fn an_unreadable_state_file_is_refused_until_reset() {
    let dir = tempfile::tempdir().unwrap();
    let (db_path, legacy) = (dir.path().join("world.db"), dir.path().join("state.json"));
    std::fs::write(&legacy, "{not json").unwrap();
    let e = Db::open(&db_path, Some(&legacy)).err().unwrap();
    assert!(matches!(e, SandboxError::Corrupt { .. }), "{e}");
    let msg = e.to_string();
    assert!(msg.contains("state.json") && msg.contains("waba sandbox reset"), "{msg}");
    // Still refused: nothing was half-migrated.
    assert!(Db::open(&db_path, Some(&legacy)).is_err());
    let discarded = reset(&db_path, Some(&legacy)).unwrap().unwrap();
    assert!(discarded.ends_with("state.json.discarded") && discarded.exists() && !legacy.exists());
    assert_eq!(Db::open(&db_path, Some(&legacy)).unwrap().0.world().unwrap(), &World::seed());
}

fn entry(i: u32) -> Entry {
    Entry {
        at_ms: 1_767_225_600_000 + i64::from(i),
        method: "GET".into(),
        path: format!("/v24.0/{i}"),
        status: if i % 2 == 0 { 200 } else { 400 },
        error_code: (i % 2 == 1).then_some(100),
        fbtrace_id: format!("A{i:022}"),
        duration_us: 150,
        pid: 42,
    }
}

#[test]
fn the_request_log_is_batched_and_pruned() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("world.db");
    drop(open(&path));
    let mut conn = connect(&path).unwrap();
    let batch: Vec<Entry> = (0..250).map(entry).collect();
    insert_batch(&mut conn, &batch, None).unwrap();
    insert_batch(&mut conn, &batch[..10], Some(100)).unwrap();
    let (c, _) = counts(&path, None).unwrap();
    assert_eq!(c.request_log, 100);
    let oldest: String = conn.query_row("SELECT path FROM request_log ORDER BY id LIMIT 1", [], |r| r.get(0)).unwrap();
    assert_eq!(oldest, "/v24.0/160");

    let writer = Writer::start(&path);
    for i in 0..30 {
        writer.log(entry(i));
    }
    writer.flush(std::time::Duration::from_secs(10));
    assert_eq!(super::requests_served_by(&path, 42).unwrap(), 130);
}

#[test]
fn other_commits_do_not_make_the_world_reload_but_a_world_write_does() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("world.db");
    let mut db = open(&path);
    let mut other = open(&path);
    // A commit that is not a world write (the request log, messages) leaves the version alone.
    other.conn.execute("INSERT INTO meta(key, value) VALUES ('probe', 'x')", []).unwrap();
    let seen = db.data_version;
    db.world().unwrap();
    assert_eq!(db.data_version, seen, "no reload for a commit outside the world");
    rename_second_number(&mut other, "From the other connection");
    assert_eq!(db.world().unwrap().phone_numbers[1].verified_name, "From the other connection");
    assert_ne!(db.data_version, seen);
}

#[test]
fn an_unchanged_world_mark_spares_the_database_and_a_new_one_reloads() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("world.db");
    let mut db = open(&path);
    db.world().unwrap();
    // A world write that does not rewrite the mark (as an older waba's) is not looked for…
    let raw = connect(&path).unwrap();
    let name: String = raw.query_row("SELECT record FROM phone_numbers WHERE pos = 1", [], |r| r.get(0)).unwrap();
    let renamed = name.replacen("\"verified_name\":\"", "\"verified_name\":\"Raw ", 1);
    raw.execute("UPDATE phone_numbers SET record = ?1 WHERE pos = 1", [&renamed]).unwrap();
    raw.execute("UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'world_version'", []).unwrap();
    let before = db.world().unwrap().phone_numbers[1].verified_name.clone();
    assert!(!before.starts_with("Raw "), "{before}");
    // …until the mark changes.
    super::mark::bump(&path);
    assert!(db.world().unwrap().phone_numbers[1].verified_name.starts_with("Raw "));
}
