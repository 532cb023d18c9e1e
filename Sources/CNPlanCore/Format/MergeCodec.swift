/// A merge as the journal keeps it: the whole result, so replaying it never reads the other
/// file again (it may have changed or gone).
///
///     {"v":1,"op":"merge","source":"table-a.json","parts":["segment"],"theirs":false,
///      "added":[{"kind":"segment","id":"s3","origin":{"file":"table-a.json","id":"s1"},
///                "values":{"name":"Young parents"}}],"fills":[…],"conflicts":[…]}
extension EditCodec {
    static func encode(_ r: MergeResult) -> String {
        var out = "\"source\":"
        JSONWriter.quote(r.source, into: &out)
        out += ",\"parts\":[" + r.parts.map { "\"\($0.rawValue)\"" }.joined(separator: ",") + "]"
        out += ",\"theirs\":\(r.theirs),\"added\":["
        for (n, item) in r.added.enumerated() {
            out += (n > 0 ? "," : "") + "{\"kind\":\"\(item.kind.rawValue)\",\"id\":"
            JSONWriter.quote(item.id, into: &out)
            out += ",\"origin\":{\"file\":"
            JSONWriter.quote(item.origin.file, into: &out)
            out += ",\"id\":"
            JSONWriter.quote(item.origin.id, into: &out)
            out += "},\"values\":{"
            for (k, v) in item.values.enumerated() {
                out += (k > 0 ? "," : "")
                JSONWriter.quote(v.key, into: &out)
                out += ":"
                write(v.value, into: &out)
            }
            out += "}}"
        }
        out += "],\"fills\":["
        for (n, v) in r.fills.enumerated() {
            out += (n > 0 ? "," : "") + head(v.kind, v.id, v.key) + ",\"value\":"
            write(v.value, into: &out)
            out += "}"
        }
        out += "],\"conflicts\":["
        for (n, c) in r.conflicts.enumerated() {
            out += (n > 0 ? "," : "") + head(c.kind, c.id, c.key) + ",\"ours\":"
            write(c.ours, into: &out)
            out += ",\"theirs\":"
            write(c.theirs, into: &out)
            out += "}"
        }
        return out + "]"
    }

    /// `{"kind":"segment","id":"s1","field":"need"` for one field of one item.
    private static func head(_ kind: ItemKind, _ id: String, _ key: String) -> String {
        var out = "{\"kind\":\"\(kind.rawValue)\",\"id\":"
        JSONWriter.quote(id, into: &out)
        out += ",\"field\":"
        JSONWriter.quote(key, into: &out)
        return out
    }

    static func mergeResult(_ json: JSON) throws(DecodeError) -> MergeResult {
        func text(_ j: JSON?, _ what: String) throws(DecodeError) -> String {
            guard case .string(let s)? = j else { throw DecodeError(reason: "no \(what)") }
            return s
        }
        func kind(_ j: JSON?) throws(DecodeError) -> ItemKind {
            guard let k = ItemKind(rawValue: try text(j, "kind")) else { throw DecodeError(reason: "unknown kind") }
            return k
        }
        func list(_ j: JSON?, _ what: String) throws(DecodeError) -> [JSON] {
            guard case .array(let items)? = j else { throw DecodeError(reason: "no \(what)") }
            return items
        }
        func field(_ k: ItemKind, _ key: String) throws(DecodeError) -> FieldInfo {
            guard let f = k.field(key) else { throw DecodeError(reason: "unknown field \(key)") }
            return f
        }
        guard case .bool(let theirs)? = json["theirs"] else { throw DecodeError(reason: "no theirs") }
        var parts: [ItemKind] = []
        for p in try list(json["parts"], "parts") { parts.append(try kind(p)) }
        var r = MergeResult(source: try text(json["source"], "source"), parts: parts, theirs: theirs)
        for a in try list(json["added"], "added") {
            let k = try kind(a["kind"])
            let id = try text(a["id"], "id")
            let origin = Origin(
                file: try text(a["origin"]?["file"], "origin"), id: try text(a["origin"]?["id"], "origin"))
            guard case .object(let pairs)? = a["values"] else { throw DecodeError(reason: "no values") }
            var values: [Assignment] = []
            for m in pairs { values.append(Assignment(k, id, m.key, try value(m.value, try field(k, m.key)))) }
            r.added.append(MergedItem(kind: k, id: id, origin: origin, values: values))
        }
        for f in try list(json["fills"], "fills") {
            let k = try kind(f["kind"])
            let key = try text(f["field"], "field")
            r.fills.append(Assignment(k, try text(f["id"], "id"), key, try value(f["value"], try field(k, key))))
        }
        for c in try list(json["conflicts"], "conflicts") {
            let k = try kind(c["kind"])
            let key = try text(c["field"], "field")
            let info = try field(k, key)
            r.conflicts.append(
                Conflict(
                    k, try text(c["id"], "id"), key, ours: try value(c["ours"], info),
                    theirs: try value(c["theirs"], info)))
        }
        return r
    }
}
