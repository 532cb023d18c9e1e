/// Edits as the journal keeps them: one JSON object a line, versioned, naming items, fields and
/// values by their keys in the plan file, never by the words typed. Renaming or adding command
/// words (in any language) never changes what an old journal means.
///
///     {"v":1,"op":"set","kind":"segment","id":"s1","field":"role","value":"consumer"}
public enum EditCodec {
    public static let version = 1

    /// Why a line is not an edit this cnplan can replay.
    public struct DecodeError: Error, Sendable, Equatable {
        public var reason: String
    }

    public static func encode(_ edit: Edit) -> String {
        var out = "{\"v\":\(version),"
        func string(_ key: String, _ value: String) {
            out += "\"\(key)\":"
            JSONWriter.quote(value, into: &out)
        }
        func names(_ list: [Behaviour]) -> String {
            "[" + list.map { "\"\($0.rawValue)\"" }.joined(separator: ",") + "]"
        }
        switch edit {
        case .set(let kind, let id, let field, let value):
            out += "\"op\":\"set\",\"kind\":\"\(kind.rawValue)\","
            string("id", id)
            out += ","
            string("field", field)
            out += ",\"value\":"
            write(value, into: &out)
        case .add(let kind, let name):
            out += "\"op\":\"add\",\"kind\":\"\(kind.rawValue)\","
            string("name", name)
        case .remove(let kind, let id):
            out += "\"op\":\"remove\",\"kind\":\"\(kind.rawValue)\","
            string("id", id)
        case .choose(let list): out += "\"op\":\"choose\",\"behaviours\":" + names(list)
        case .rank(let list): out += "\"op\":\"rank\",\"behaviours\":" + names(list)
        case .setLanguage(let code):
            out += "\"op\":\"language\","
            string("language", code)
        case .batch(let edits):
            // Each inner edit is written as it would be alone, its version included.
            out += "\"op\":\"batch\",\"edits\":[" + edits.map(encode).joined(separator: ",") + "]"
        case .merge(let result): out += "\"op\":\"merge\"," + encode(result)
        case .vote(let v): out += VoteCodec.encode(v)
        case .checkIn(let id, let c):
            out += "\"op\":\"actual\","
            string("id", id)
            out += ",\"date\":\"\(c.date)\",\"value\":\(formatNumber(c.value))"
            if let note = c.note {
                out += ","
                string("note", note)
            }
        case .removeCheckIn(let id, let date):
            out += "\"op\":\"unactual\","
            string("id", id)
            out += ",\"date\":\"\(date)\""
        }
        return out + "}"
    }

    public static func decode(_ line: String) throws(DecodeError) -> Edit {
        let json: JSON
        do { json = try JSONParser.parse(Array(line.utf8)) } catch {
            throw DecodeError(reason: "not JSON: \(error.reason)")
        }
        return try decode(json)
    }

    static func decode(_ json: JSON) throws(DecodeError) -> Edit {
        guard case .number(let v)? = json["v"], v == Double(version) else {
            throw DecodeError(reason: "unknown version")
        }
        guard case .string(let op)? = json["op"] else { throw DecodeError(reason: "no op") }
        func text(_ key: String) throws(DecodeError) -> String {
            guard case .string(let s)? = json[key] else { throw DecodeError(reason: "no \(key)") }
            return s
        }
        func kind() throws(DecodeError) -> ItemKind {
            guard let k = ItemKind(rawValue: try text("kind")) else { throw DecodeError(reason: "unknown kind") }
            return k
        }
        func behaviours() throws(DecodeError) -> [Behaviour] {
            guard case .array(let items)? = json["behaviours"] else { throw DecodeError(reason: "no behaviours") }
            var out: [Behaviour] = []
            for item in items {
                guard case .string(let s) = item, let b = Behaviour(rawValue: s) else {
                    throw DecodeError(reason: "unknown behaviour")
                }
                out.append(b)
            }
            return out
        }
        func day() throws(DecodeError) -> PlanDate {
            guard let d = PlanDate(try text("date")) else { throw DecodeError(reason: "not a date") }
            return d
        }
        switch op {
        case "set":
            let k = try kind()
            let key = try text("field")
            guard let field = k.field(key) else { throw DecodeError(reason: "unknown field \(key)") }
            return .set(k, id: try text("id"), field: key, value: try value(json["value"], field))
        case "add": return .add(try kind(), name: try text("name"))
        case "remove": return .remove(try kind(), id: try text("id"))
        case "choose": return .choose(try behaviours())
        case "rank": return .rank(try behaviours())
        case "language": return .setLanguage(try text("language"))
        case "batch":
            guard case .array(let items)? = json["edits"] else { throw DecodeError(reason: "no edits") }
            var edits: [Edit] = []
            for item in items { edits.append(try decode(item)) }
            return .batch(edits)
        case "merge": return .merge(try mergeResult(json))
        case "vote": return .vote(try VoteCodec.decode(json))
        case "actual":
            guard case .number(let n)? = json["value"] else { throw DecodeError(reason: "no value") }
            let note: String? = if case .string(let s)? = json["note"] { s } else { nil }
            return .checkIn(impact: try text("id"), CheckIn(date: try day(), value: n, note: note))
        case "unactual": return .removeCheckIn(impact: try text("id"), on: try day())
        default: throw DecodeError(reason: "unknown op \(op)")
        }
    }

    /// A field's value as JSON: `null` when unset.
    static func write(_ value: FieldValue?, into out: inout String) {
        switch value {
        case nil: out += "null"
        case .text(let s)?, .choice(let s)?, .reference(let s)?: JSONWriter.quote(s, into: &out)
        case .score(let n)?: out += String(n)
        case .number(let n)?: out += formatNumber(n)
        case .target(.absolute(let n))?: out += formatNumber(n)
        case .target(let t)?: JSONWriter.quote(t.text, into: &out)
        case .date(let d)?: JSONWriter.quote(d.description, into: &out)
        case .behaviours(let list)?: out += "[" + list.map { "\"\($0.rawValue)\"" }.joined(separator: ",") + "]"
        case .choices(let list)?, .names(let list)?:
            out += "["
            for (n, s) in list.enumerated() {
                if n > 0 { out += "," }
                JSONWriter.quote(s, into: &out)
            }
            out += "]"
        }
    }

    /// A field's value from its JSON, of the field's kind.
    static func value(_ json: JSON?, _ field: FieldInfo) throws(DecodeError) -> FieldValue? {
        guard let json, json != .null else { return nil }
        let wrong = DecodeError(reason: "a value of the wrong kind for \(field.key)")
        switch (field.type, json) {
        case (.text, .string(let s)), (.name, .string(let s)): return .text(s)
        case (.choice, .string(let s)): return .choice(s)
        case (.choices, .array(let items)):
            var out: [String] = []
            for item in items {
                guard case .string(let s) = item else { throw wrong }
                out.append(s)
            }
            return .choices(out)
        case (.reference, .string(let s)): return .reference(s)
        case (.score, .number(let n)) where n.rounded() == n && abs(n) < 1e9: return .score(Int(n))
        case (.number, .number(let n)): return .number(n)
        case (.target, .number(let n)): return .target(.absolute(n))
        case (.target, .string(let s)):
            guard let t = try? Parser.target(s) else { throw wrong }
            return .target(t)
        case (.date, .string(let s)):
            guard let d = PlanDate(s) else { throw wrong }
            return .date(d)
        case (.behaviours, .array(let items)):
            var out: [Behaviour] = []
            for item in items {
                guard case .string(let s) = item, let b = Behaviour(rawValue: s) else { throw wrong }
                out.append(b)
            }
            return .behaviours(out)
        case (.names, .array(let items)):
            var out: [String] = []
            for item in items {
                guard case .string(let s) = item else { throw wrong }
                out.append(s)
            }
            return .names(out)
        default: throw wrong
        }
    }
}
