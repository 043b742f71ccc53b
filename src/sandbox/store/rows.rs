//! The world as rows: splitting a [`World`] into one list of records per
//! table plus the rest, putting it back together, and writing only the rows
//! that changed since the last load or write.

use std::collections::{HashMap, HashSet};

use rusqlite::Connection;
use rusqlite::types::Value as Sql;
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
    /// JSON fields whose values make the row id (`id` when the record has one).
    key_fields: &'static [&'static str],
    /// Lookup columns: (column, JSON field of the record).
    columns: &'static [(&'static str, &'static str)],
}

const fn list(
    table: &'static str,
    path: &'static [&'static str],
    key_fields: &'static [&'static str],
    columns: &'static [(&'static str, &'static str)],
) -> Collection {
    Collection { table, path, single: false, key_fields, columns }
}

/// Every table of world records.
pub const COLLECTIONS: &[Collection] = &[
    Collection { table: "business", path: &["business"], single: true, key_fields: &["id"], columns: &[] },
    list("wabas", &["wabas"], &["id"], &[("business_id", "owner_business_id")]),
    list("phone_numbers", &["phone_numbers"], &["id"], &[("waba_id", "waba_id")]),
    list(
        "templates",
        &["templates", "templates"],
        &["id"],
        &[("waba_id", "waba_id"), ("name", "name"), ("language", "language"), ("status", "status")],
    ),
    list(
        "template_deletions",
        &["templates", "deletions"],
        &["waba_id", "name", "language", "deleted_at_ms"],
        &[("waba_id", "waba_id"), ("name", "name"), ("language", "language")],
    ),
    list(
        "template_creations",
        &["templates", "creations"],
        &["waba_id", "at_ms"],
        &[("waba_id", "waba_id"), ("at_ms", "at_ms")],
    ),
    list("upload_sessions", &["templates", "uploads"], &["id"], &[("app_id", "app_id")]),
];

/// A row: its id and its record.
pub(super) type Row = (String, Value);

/// What the database holds, as this connection last loaded or wrote it.
#[derive(Debug, Clone)]
pub struct Stored {
    pub world: World,
    /// Per collection (in [`COLLECTIONS`] order): id → (pos, record).
    tables: Vec<HashMap<String, (i64, Value)>>,
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
        let mut map = HashMap::new();
        let mut items = Vec::new();
        while let Some(row) = rows.next().map_err(sql)? {
            let id: String = row.get(0).map_err(sql)?;
            let pos: i64 = row.get(1).map_err(sql)?;
            let text: String = row.get(2).map_err(sql)?;
            let record: Value = serde_json::from_str(&text)
                .map_err(|e| format!("row {id:?} of table {} is not valid JSON: {e}", c.table))?;
            items.push(record.clone());
            map.insert(id, (pos, record));
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
    Ok(Stored { world, tables, rest })
}

/// Writes `world`, touching only the rows that differ from `old` (`None`:
/// the tables are empty), and returns what is now stored.
pub fn write(conn: &Connection, old: Option<&Stored>, world: &World) -> Result<Stored, String> {
    let sql = |e: rusqlite::Error| e.to_string();
    let (new_tables, rest) = split(world)?;
    let empty = HashMap::new();
    let mut tables = Vec::with_capacity(COLLECTIONS.len());
    for (ci, (c, rows)) in COLLECTIONS.iter().zip(new_tables).enumerate() {
        let before = old.map_or(&empty, |o| &o.tables[ci]);
        let pos = positions(before, &rows);
        let ids: HashSet<&str> = rows.iter().map(|(id, _)| id.as_str()).collect();
        let mut delete = conn.prepare_cached(&format!("DELETE FROM {} WHERE id = ?1", c.table)).map_err(sql)?;
        for id in before.keys().filter(|id| !ids.contains(id.as_str())) {
            delete.execute([id]).map_err(sql)?;
        }
        let mut upsert = conn.prepare_cached(&upsert_sql(c)).map_err(sql)?;
        let mut map = HashMap::with_capacity(rows.len());
        for ((id, record), p) in rows.into_iter().zip(pos) {
            let unchanged = before.get(&id).is_some_and(|(op, orec)| *op == p && *orec == record);
            if !unchanged {
                let mut values = vec![Sql::Text(id.clone()), Sql::Integer(p), Sql::Text(record.to_string())];
                values.extend(c.columns.iter().map(|(_, field)| column(record.get(*field))));
                upsert.execute(rusqlite::params_from_iter(values)).map_err(sql)?;
            }
            map.insert(id, (p, record));
        }
        tables.push(map);
    }
    if old.is_none_or(|o| o.rest != rest) {
        schema::set_meta(conn, "world", &rest.to_string()).map_err(sql)?;
    }
    Ok(Stored { world: world.clone(), tables, rest })
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

/// Splits the world's JSON into per-collection rows and the rest.
fn split(world: &World) -> Result<(Vec<Vec<Row>>, Value), String> {
    let mut doc = serde_json::to_value(world).map_err(|e| e.to_string())?;
    let mut tables = Vec::with_capacity(COLLECTIONS.len());
    for c in COLLECTIONS {
        let items = match (take(&mut doc, c.path), c.single) {
            (None | Some(Value::Null), _) => Vec::new(),
            (Some(Value::Array(items)), false) => items,
            (Some(v), true) => vec![v],
            (Some(_), false) => return Err(format!("world member {} is not a list", c.path.join("."))),
        };
        let mut seen: HashMap<String, usize> = HashMap::new();
        let rows = items
            .into_iter()
            .map(|record| {
                let base = key(c, &record);
                let n = seen.entry(base.clone()).or_insert(0);
                let id = if *n == 0 { base } else { format!("{base}#{n}") };
                *n += 1;
                (id, record)
            })
            .collect();
        tables.push(rows);
    }
    Ok((tables, doc))
}

fn key(c: &Collection, record: &Value) -> String {
    let parts: Vec<String> = c
        .key_fields
        .iter()
        .map(|f| match record.get(*f) {
            Some(Value::String(s)) => s.clone(),
            Some(other) => other.to_string(),
            None => String::new(),
        })
        .collect();
    parts.join(":")
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
    fn split_and_load_keep_unknown_members() {
        let mut doc = serde_json::to_value(World::seed()).unwrap();
        let business = take(&mut doc, &["business"]).unwrap();
        assert!(take(&mut doc, &["nope", "deeper"]).is_none());
        put(&mut doc, &["business"], business);
        put(&mut doc, &["new", "member"], Value::from(5));
        assert_eq!(doc["new"]["member"], 5);
        let (tables, rest) = split(&World::seed()).unwrap();
        assert_eq!(tables.len(), COLLECTIONS.len());
        assert_eq!(tables[0].len(), 1);
        assert!(rest.get("app_id").is_some() && rest["templates"].get("last_seq").is_some(), "{rest}");
        assert!(rest.get("wabas").is_none() && rest["templates"].get("templates").is_none(), "{rest}");
    }
}
