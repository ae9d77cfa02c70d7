//! A JSON Schema checker for the subset the OpenAPI document uses: `$ref` within the document,
//! `type` (one or a list), `enum`, `properties`, `required`, `additionalProperties: false`,
//! `items`, `minimum`, `maximum`, `pattern` (only `^[0-9]{N}$`). Anything else in a schema is
//! an error, so the document cannot say more than the tests check.

use serde_json::Value;

/// Every way `value` breaks `schema`, with its JSON path; empty when it conforms.
pub fn violations(document: &Value, schema: &Value, value: &Value) -> Vec<String> {
    let mut out = Vec::new();
    check(document, schema, value, "$", &mut out);
    out
}

const KNOWN: [&str; 13] = [
    "$ref",
    "type",
    "enum",
    "properties",
    "required",
    "additionalProperties",
    "items",
    "minimum",
    "maximum",
    "pattern",
    "description",
    "format",
    "example",
];

fn check(document: &Value, schema: &Value, value: &Value, path: &str, out: &mut Vec<String>) {
    let Some(schema) = schema.as_object() else {
        out.push(format!("{path}: schema is not an object"));
        return;
    };
    if let Some(unknown) = schema.keys().find(|k| !KNOWN.contains(&k.as_str())) {
        out.push(format!("{path}: schema keyword {unknown:?} is not checked by the contract tests"));
    }
    if let Some(reference) = schema.get("$ref").and_then(Value::as_str) {
        let pointer = reference.trim_start_matches('#');
        match document.pointer(pointer) {
            Some(target) => check(document, target, value, path, out),
            None => out.push(format!("{path}: dangling $ref {reference}")),
        }
        return;
    }
    if let Some(types) = schema.get("type") {
        let types: Vec<&str> = match types {
            Value::String(t) => vec![t.as_str()],
            Value::Array(ts) => ts.iter().filter_map(Value::as_str).collect(),
            _ => vec![],
        };
        if !types.iter().any(|t| is_type(value, t)) {
            out.push(format!("{path}: expected {types:?}, found {value}"));
            return;
        }
    }
    if let Some(allowed) = schema.get("enum").and_then(Value::as_array)
        && !allowed.contains(value)
    {
        out.push(format!("{path}: {value} is not one of {allowed:?}"));
    }
    if let Some(number) = value.as_f64() {
        if let Some(min) = schema.get("minimum").and_then(Value::as_f64)
            && number < min
        {
            out.push(format!("{path}: {number} < minimum {min}"));
        }
        if let Some(max) = schema.get("maximum").and_then(Value::as_f64)
            && number > max
        {
            out.push(format!("{path}: {number} > maximum {max}"));
        }
    }
    if let (Some(pattern), Some(text)) = (schema.get("pattern").and_then(Value::as_str), value.as_str()) {
        let digits =
            pattern.strip_prefix("^[0-9]{").and_then(|p| p.strip_suffix("}$")).and_then(|n| n.parse::<usize>().ok());
        match digits {
            Some(n) if text.len() == n && text.bytes().all(|b| b.is_ascii_digit()) => {}
            Some(_) => out.push(format!("{path}: {text:?} does not match {pattern}")),
            None => out.push(format!("{path}: pattern {pattern} is not supported")),
        }
    }
    if let Some(object) = value.as_object() {
        let properties = schema.get("properties").and_then(Value::as_object);
        for name in schema.get("required").and_then(Value::as_array).into_iter().flatten().filter_map(Value::as_str) {
            if !object.contains_key(name) {
                out.push(format!("{path}: missing required {name:?}"));
            }
        }
        for (name, field) in object {
            match properties.and_then(|p| p.get(name)) {
                Some(field_schema) => check(document, field_schema, field, &format!("{path}.{name}"), out),
                None if schema.get("additionalProperties") == Some(&Value::Bool(false)) => {
                    out.push(format!("{path}: undocumented property {name:?}"));
                }
                None => {}
            }
        }
    }
    if let (Some(items), Some(array)) = (schema.get("items"), value.as_array()) {
        for (i, item) in array.iter().enumerate() {
            check(document, items, item, &format!("{path}[{i}]"), out);
        }
    }
}

fn is_type(value: &Value, name: &str) -> bool {
    match name {
        "null" => value.is_null(),
        "boolean" => value.is_boolean(),
        "integer" => value.is_i64() || value.is_u64(),
        "number" => value.is_number(),
        "string" => value.is_string(),
        "array" => value.is_array(),
        "object" => value.is_object(),
        _ => false,
    }
}
