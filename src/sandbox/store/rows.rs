//! The world as rows: splitting a [`World`] into one list of records per
//! table plus the rest, putting it back together, and writing only the rows
//! that changed since the last load or write.

use std::collections::{HashMap, HashSet};

use rusqlite::Connection;
use rusqlite::types::Value as Sql;
use serde::Serialize;
use serde_json::{Map, Value};

use super::order::positions;
use super::schema;
use crate::sandbox::world::World;

/// One table of world records.
pub struct Collection {
    pub table: &'static str,
    /// Where the list lives in the world's JSON (`["templates", "uploads"]`).
    path: &'static [&'static str],
    /// A single record rather than a list (the business).
    single: bool,
    /// Lookup columns: (column, JSON field of the record).
    columns: &'static [(&'static str, &'static str)],
}

const fn list(
    table: &'static str,
    path: &'static [&'static str],
    columns: &'static [(&'static str, &'static str)],
) -> Collection {
    Collection { table, path, single: false, columns }
}

/// Every table of world records.
pub const COLLECTIONS: &[Collection] = &[
    Collection { table: "business", path: &["business"], single: true, columns: &[] },
    list("wabas", &["wabas"], &[("business_id", "owner_business_id")]),
    list("phone_numbers", &["phone_numbers"], &[("waba_id", "waba_id")]),
    list(
        "templates",
        &["templates", "templates"],
        &[("waba_id", "waba_id"), ("name", "name"), ("language", "language"), ("status", "status")],
    ),
    list(
        "template_deletions",
        &["templates", "deletions"],
        &[("waba_id", "waba_id"), ("name", "name"), ("language", "language")],
    ),
    list("template_creations", &["templates", "creations"], &[("waba_id", "waba_id"), ("at_ms", "at_ms")]),
    list("upload_sessions", &["templates", "uploads"], &[("app_id", "app_id")]),
];

/// Per row id: its position and its index in the world's list.
pub(super) type Keys = HashMap<String, (i64, usize)>;

/// What the database holds, as this connection last loaded or wrote it.
#[derive(Debug, Clone)]
pub struct Stored {
    pub world: World,
    /// Per collection (in [`COLLECTIONS`] order).
    keys: Vec<Keys>,
    /// Everything of the world that is not in a table.
    rest: Value,
}

/// Reads the whole world.
pub fn load(conn: &Connection) -> Result<Stored, String> {
    let sql = |e: rusqlite::Error| e.to_string();
    let rest = match schema::meta(conn, "world").map_err(sql)? {
        Some(text) => serde_json::from_str(&text).map_err(|e| format!("meta row \"world\" is not valid JSON: {e}"))?,
        None => Value::Object(Map::new()),
    };
    let mut doc = rest.clone();
    let mut tables = Vec::with_capacity(COLLECTIONS.len());
    for c in COLLECTIONS {
        let mut stmt =
            conn.prepare_cached(&format!("SELECT id, pos, record FROM {} ORDER BY pos, id", c.table)).map_err(sql)?;
        let mut rows = stmt.query([]).map_err(sql)?;
        let mut map = Keys::new();
        let mut items = Vec::new();
        while let Some(row) = rows.next().map_err(sql)? {
            let id: String = row.get(0).map_err(sql)?;
            let pos: i64 = row.get(1).map_err(sql)?;
            let text: String = row.get(2).map_err(sql)?;
            let record: Value = serde_json::from_str(&text)
                .map_err(|e| format!("row {id:?} of table {} is not valid JSON: {e}", c.table))?;
            map.insert(id, (pos, items.len()));
            items.push(record);
        }
        let value = if c.single {
            items.into_iter().next().ok_or_else(|| format!("table {} is empty", c.table))?
        } else {
            Value::Array(items)
        };
        put(&mut doc, c.path, value);
        tables.push(map);
    }
    let world: World = serde_json::from_value(doc).map_err(|e| format!("the stored world does not load: {e}"))?;
    Ok(Stored { world, keys: tables, rest })
}

/// Writes `world`, touching only the rows that differ from `old` (`None`:
/// the tables are empty), and returns what is now stored. Records are compared
/// as values; only the changed ones are serialized.
pub fn write(conn: &Connection, old: Option<&Stored>, mut world: World) -> Result<Stored, String> {
    let o = |i: usize| old.map(|o| (&o.world, &o.keys[i]));
    let w = &world;
    let t = &world.templates;
    let keys = vec![
        table(
            conn,
            0,
            o(0).map(|(w, k)| (std::slice::from_ref(&w.business), k)),
            std::slice::from_ref(&w.business),
            |b| b.id.clone(),
        )?,
        table(conn, 1, o(1).map(|(w, k)| (&w.wabas[..], k)), &w.wabas, |x| x.id.clone())?,
        table(conn, 2, o(2).map(|(w, k)| (&w.phone_numbers[..], k)), &w.phone_numbers, |x| x.id.clone())?,
        table(conn, 3, o(3).map(|(w, k)| (&w.templates.templates[..], k)), &t.templates, |x| x.id.clone())?,
        table(conn, 4, o(4).map(|(w, k)| (&w.templates.deletions[..], k)), &t.deletions, |d| {
            format!("{}:{}:{}:{}", d.waba_id, d.name, d.language, d.deleted_at_ms)
        })?,
        table(conn, 5, o(5).map(|(w, k)| (&w.templates.creations[..], k)), &t.creations, |c| {
            format!("{}:{}", c.waba_id, c.at_ms)
        })?,
        table(conn, 6, o(6).map(|(w, k)| (&w.templates.uploads[..], k)), &t.uploads, |u| u.id.clone())?,
    ];
    let rest = rest_of(&mut world)?;
    if old.is_none_or(|o| o.rest != rest) {
        schema::set_meta(conn, "world", &rest.to_string()).map_err(|e| e.to_string())?;
    }
    // Every write of the world bumps its version, which readers compare (not `PRAGMA
    // data_version`, which also moves on every request-log and message commit).
    conn.execute(
        "INSERT INTO meta(key, value) VALUES ('world_version', '1') \
         ON CONFLICT(key) DO UPDATE SET value = CAST(value AS INTEGER) + 1",
        [],
    )
    .map_err(|e| e.to_string())?;
    Ok(Stored { world, keys, rest })
}

/// Writes one collection's changed rows and deletes its removed ones.
fn table<T: Serialize + PartialEq>(
    conn: &Connection,
    index: usize,
    old: Option<(&[T], &Keys)>,
    new: &[T],
    key: impl Fn(&T) -> String,
) -> Result<Keys, String> {
    let sql = |e: rusqlite::Error| e.to_string();
    let c = &COLLECTIONS[index];
    let mut seen: HashMap<String, usize> = HashMap::new();
    let ids: Vec<String> = new
        .iter()
        .map(|record| {
            let base = key(record);
            let n = seen.entry(base.clone()).or_insert(0);
            let id = if *n == 0 { base } else { format!("{base}#{n}") };
            *n += 1;
            id
        })
        .collect();
    let empty = Keys::new();
    let (before, before_keys) = old.unwrap_or((&[], &empty));
    let pos = positions(before_keys, &ids);
    let kept: HashSet<&str> = ids.iter().map(String::as_str).collect();
    let mut delete = conn.prepare_cached(&format!("DELETE FROM {} WHERE id = ?1", c.table)).map_err(sql)?;
    for id in before_keys.keys().filter(|id| !kept.contains(id.as_str())) {
        delete.execute([id]).map_err(sql)?;
    }
    let mut upsert = conn.prepare_cached(&upsert_sql(c)).map_err(sql)?;
    let mut keys = Keys::with_capacity(new.len());
    for (i, ((id, record), p)) in ids.into_iter().zip(new).zip(pos).enumerate() {
        let unchanged = before_keys.get(&id).is_some_and(|(op, oi)| *op == p && before.get(*oi) == Some(record));
        if !unchanged {
            let value = serde_json::to_value(record).map_err(|e| e.to_string())?;
            let mut values = vec![Sql::Text(id.clone()), Sql::Integer(p), Sql::Text(value.to_string())];
            values.extend(c.columns.iter().map(|(_, field)| column(value.get(*field))));
            upsert.execute(rusqlite::params_from_iter(values)).map_err(sql)?;
        }
        keys.insert(id, (p, i));
    }
    Ok(keys)
}

/// The world's JSON without the members kept in tables.
fn rest_of(world: &mut World) -> Result<Value, String> {
    let wabas = std::mem::take(&mut world.wabas);
    let numbers = std::mem::take(&mut world.phone_numbers);
    let t = &mut world.templates;
    let lists = (
        std::mem::take(&mut t.templates),
        std::mem::take(&mut t.deletions),
        std::mem::take(&mut t.creations),
        std::mem::take(&mut t.uploads),
    );
    let value = serde_json::to_value(&*world);
    world.wabas = wabas;
    world.phone_numbers = numbers;
    let t = &mut world.templates;
    (t.templates, t.deletions, t.creations, t.uploads) = lists;
    let mut doc = value.map_err(|e| e.to_string())?;
    for c in COLLECTIONS {
        take(&mut doc, c.path);
    }
    Ok(doc)
}

/// Deletes every world row (not the request log).
pub fn clear(conn: &Connection) -> rusqlite::Result<()> {
    for c in COLLECTIONS {
        conn.execute(&format!("DELETE FROM {}", c.table), [])?;
    }
    conn.execute("DELETE FROM meta WHERE key = 'world'", [])?;
    Ok(())
}

fn upsert_sql(c: &Collection) -> String {
    let mut cols = vec!["id", "pos", "record"];
    cols.extend(c.columns.iter().map(|(col, _)| *col));
    let marks: Vec<String> = (1..=cols.len()).map(|i| format!("?{i}")).collect();
    let updates: Vec<String> = cols[1..].iter().map(|col| format!("{col} = excluded.{col}")).collect();
    format!(
        "INSERT INTO {} ({}) VALUES ({}) ON CONFLICT(id) DO UPDATE SET {}",
        c.table,
        cols.join(", "),
        marks.join(", "),
        updates.join(", ")
    )
}

/// A lookup column's value: strings and integers as they are, anything else NULL.
fn column(v: Option<&Value>) -> Sql {
    match v {
        Some(Value::String(s)) => Sql::Text(s.clone()),
        Some(Value::Number(n)) => n.as_i64().map_or(Sql::Null, Sql::Integer),
        Some(Value::Bool(b)) => Sql::Integer(i64::from(*b)),
        _ => Sql::Null,
    }
}

/// Removes and returns the member at `path`.
fn take(doc: &mut Value, path: &[&str]) -> Option<Value> {
    let (last, parents) = path.split_last()?;
    let mut node = doc;
    for p in parents {
        node = node.get_mut(*p)?;
    }
    node.as_object_mut()?.remove(*last)
}

/// Puts `value` at `path`, creating the objects on the way.
fn put(doc: &mut Value, path: &[&str], value: Value) {
    let Some((last, parents)) = path.split_last() else { return };
    let mut node = doc;
    for p in parents {
        let Some(obj) = node.as_object_mut() else { return };
        node = obj.entry(*p).or_insert_with(|| Value::Object(Map::new()));
    }
    if let Some(obj) = node.as_object_mut() {
        obj.insert((*last).to_owned(), value);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_rest_is_what_no_table_holds() {
        let mut doc = serde_json::to_value(World::seed()).unwrap();
        let business = take(&mut doc, &["business"]).unwrap();
        assert!(take(&mut doc, &["nope", "deeper"]).is_none());
        put(&mut doc, &["business"], business);
        put(&mut doc, &["new", "member"], Value::from(5));
        assert_eq!(doc["new"]["member"], 5);
        let mut world = World::seed();
        let rest = rest_of(&mut world).unwrap();
        assert_eq!(world, World::seed(), "put back as it was");
        assert!(rest.get("app_id").is_some() && rest["templates"].get("last_seq").is_some(), "{rest}");
        assert!(rest.get("wabas").is_none() && rest["templates"].get("templates").is_none(), "{rest}");
    }
}
