/// The plan file format, `cnplan.plan` version 1: the session file and the JSON export alike
/// (see docs/format.md). Writing is deterministic: fixed key order, no timestamps.
public enum PlanCodec {
    public static let format = "cnplan.plan"
    public static let version = 1

    /// The plan as JSON text.
    public static func encode(_ plan: Plan) -> String {
        var w = JSONWriter()
        w.beginObject()
        w.string("format", format)
        w.int("version", version)
        w.string("title", plan.title)
        w.beginObject("objective")
        w.string("statement", plan.objective.statement)
        w.string("dataGoal", plan.objective.dataGoal)
        w.endObject()
        w.beginArray("segments")
        for s in plan.segments {
            w.beginObject()
            w.string("id", s.id)
            w.string("name", s.name)
            w.string("role", s.role?.rawValue)
            w.string("why", s.why)
            w.string("need", s.need)
            w.string("value", s.value)
            w.string("barriers", s.barriers)
            w.endObject()
        }
        w.endArray()
        w.beginArray("behaviours")
        for (n, b) in plan.behaviours.enumerated() {
            w.beginObject()
            w.string("name", b.name.rawValue)
            w.int("rank", n + 1)
            w.int("value", b.value)
            w.int("effort", b.effort)
            w.string("why", b.why)
            w.endObject()
        }
        w.endArray()
        w.beginArray("concepts")
        for c in plan.concepts {
            w.beginObject()
            w.string("id", c.id)
            w.string("title", c.title)
            w.string("segment", c.segment)
            w.inlineStrings("uses", c.uses.map(\.rawValue))
            w.string("description", c.description)
            w.string("customerValue", c.customerValue)
            w.string("orgValue", c.orgValue)
            w.endObject()
        }
        w.endArray()
        w.beginArray("impacts")
        for m in plan.impacts {
            w.beginObject()
            w.string("id", m.id)
            w.string("metric", m.metric)
            w.number("baseline", m.baseline)
            w.number("target", m.resolvedTarget)
            if case .relative? = m.target { w.string("targetRelative", m.target?.text) }
            w.string("unit", m.unit)
            w.string("by", m.by?.description)
            w.string("concept", m.concept)
            w.endObject()
        }
        w.endArray()
        w.beginObject("nextIds")
        w.int("segment", plan.nextIds.segment)
        w.int("concept", plan.nextIds.concept)
        w.int("impact", plan.nextIds.impact)
        w.endObject()
        w.endObject()
        return w.text
    }

    /// What is wrong with a file's content, and where (a JSON path such as `$.segments[1].role`).
    public struct FormatError: Error, Sendable {
        public var path: String
        public var reason: String
        public var message: String { path == "$" ? reason : "\(path): \(reason)" }
    }

    /// Reads a plan from parsed JSON, checking types, names and references.
    public static func decode(_ json: JSON) throws(FormatError) -> Plan {
        var d = Decoder()
        return try d.plan(json)
    }

    private struct Decoder {
        func fail(_ path: String, _ reason: String) -> FormatError { FormatError(path: path, reason: reason) }

        func object(_ v: JSON?, _ path: String) throws(FormatError) -> JSON? {
            guard let v, v != .null else { return nil }
            guard case .object = v else { throw fail(path, "must be an object") }
            return v
        }

        func array(_ v: JSON?, _ path: String) throws(FormatError) -> [JSON] {
            guard let v, v != .null else { return [] }
            guard case .array(let items) = v else { throw fail(path, "must be an array") }
            return items
        }

        func text(_ v: JSON?, _ path: String) throws(FormatError) -> String? {
            guard let v, v != .null else { return nil }
            guard case .string(let s) = v else { throw fail(path, "must be a string") }
            return s
        }

        func requiredText(_ v: JSON?, _ path: String) throws(FormatError) -> String {
            guard let s = try text(v, path), !s.trimmingSpaces.isEmpty else { throw fail(path, "is missing or empty") }
            return s
        }

        func number(_ v: JSON?, _ path: String) throws(FormatError) -> Double? {
            guard let v, v != .null else { return nil }
            guard case .number(let n) = v else { throw fail(path, "must be a number") }
            return n
        }

        func score(_ v: JSON?, _ path: String) throws(FormatError) -> Int? {
            guard let n = try number(v, path) else { return nil }
            guard n.rounded() == n, (1...5).contains(n) else { throw fail(path, "must be a whole number from 1 to 5") }
            return Int(n)
        }

        func id(_ v: JSON?, _ path: String, _ prefix: Character, _ seen: inout Set<String>) throws(FormatError) -> (String, Int) {
            let s = try requiredText(v, path)
            // Canonical ids only (no sign, no leading zero, below a billion), so that every id read
            // can be written back and read again.
            let digits = s.dropFirst()
            guard s.first == prefix, digits.first != "0", digits.count < 10, digits.allSatisfy({ $0.isASCII && $0.isNumber }),
                  let n = Int(digits), n > 0 else {
                throw fail(path, "\"\(s)\" is not a valid id (\(prefix)1, \(prefix)2, …)")
            }
            guard seen.insert(s).inserted else { throw fail(path, "id \(s) appears twice") }
            return (s, n)
        }

        func counter(_ v: JSON?, _ path: String) throws(FormatError) -> Int {
            guard let n = try number(v, path) else { return 1 }
            guard n.rounded() == n, n >= 1, n < 1e9 else { throw fail(path, "must be a whole number from 1") }
            return Int(n)
        }

        mutating func plan(_ root: JSON) throws(FormatError) -> Plan {
            guard case .object = root else { throw fail("$", "not a cnplan plan: the file is not a JSON object") }
            guard case .string(let f)? = root["format"], f == PlanCodec.format else {
                throw fail("$.format", "not a cnplan plan: expected \"format\": \"\(PlanCodec.format)\"")
            }
            guard case .number(let v)? = root["version"], v.rounded() == v else { throw fail("$.version", "must be a whole number") }
            guard v <= Double(PlanCodec.version) else {
                throw fail("$.version", "version \(formatNumber(v)) is newer than this cnplan reads (\(PlanCodec.version)); update cnplan")
            }
            guard v >= 1 else { throw fail("$.version", "unknown version \(formatNumber(v))") }
            var plan = Plan()
            plan.title = try text(root["title"], "$.title")
            if let o = try object(root["objective"], "$.objective") {
                plan.objective.statement = try text(o["statement"], "$.objective.statement")
                plan.objective.dataGoal = try text(o["dataGoal"], "$.objective.dataGoal")
            }
            var seen = Set<String>()
            var maxId = (segment: 0, concept: 0, impact: 0)
            // Ids by kind, so references are checked in constant time (no quadratic step on big plans).
            var segmentIds = Set<String>(), conceptIds = Set<String>(), chosen = Set<Behaviour>()

            for (n, item) in try array(root["segments"], "$.segments").enumerated() {
                let p = "$.segments[\(n)]"
                guard try object(item, p) != nil else { throw fail(p, "must be an object") }
                let (id, k) = try id(item["id"], p + ".id", "s", &seen)
                maxId.segment = max(maxId.segment, k)
                var s = Segment(id: id, name: try requiredText(item["name"], p + ".name"))
                if let r = try text(item["role"], p + ".role") {
                    guard let role = Role(rawValue: r) else { throw fail(p + ".role", "unknown role \"\(r)\"") }
                    s.role = role
                }
                s.why = try text(item["why"], p + ".why")
                s.need = try text(item["need"], p + ".need")
                s.value = try text(item["value"], p + ".value")
                s.barriers = try text(item["barriers"], p + ".barriers")
                plan.segments.append(s)
                segmentIds.insert(id)
            }

            var ranked: [(rank: Int, choice: BehaviourChoice)] = []
            for (n, item) in try array(root["behaviours"], "$.behaviours").enumerated() {
                let p = "$.behaviours[\(n)]"
                guard try object(item, p) != nil else { throw fail(p, "must be an object") }
                let name = try requiredText(item["name"], p + ".name")
                guard let b = Behaviour(rawValue: name) else { throw fail(p + ".name", "unknown behaviour \"\(name)\"") }
                guard !ranked.contains(where: { $0.choice.name == b }) else { throw fail(p + ".name", "behaviour \(name) appears twice") }
                let rank = try number(item["rank"], p + ".rank")
                // Below a billion, so that it converts to Int (1e300 must not crash).
                if let rank, rank.rounded() != rank || rank < 1 || rank >= 1e9 {
                    throw fail(p + ".rank", "must be a whole number from 1")
                }
                let choice = BehaviourChoice(
                    name: b, value: try score(item["value"], p + ".value"), effort: try score(item["effort"], p + ".effort"),
                    why: try text(item["why"], p + ".why"))
                ranked.append((rank.map { Int($0) } ?? n + 1, choice))
            }
            // Ranks order the list; ties keep file order.
            chosen = Set(ranked.map(\.choice.name))
            plan.behaviours = ranked.enumerated().sorted { ($0.element.rank, $0.offset) < ($1.element.rank, $1.offset) }.map(\.element.choice)

            for (n, item) in try array(root["concepts"], "$.concepts").enumerated() {
                let p = "$.concepts[\(n)]"
                guard try object(item, p) != nil else { throw fail(p, "must be an object") }
                let (id, k) = try id(item["id"], p + ".id", "c", &seen)
                maxId.concept = max(maxId.concept, k)
                var c = Concept(id: id, title: try requiredText(item["title"], p + ".title"))
                if let s = try text(item["segment"], p + ".segment") {
                    guard segmentIds.contains(s) else { throw fail(p + ".segment", "segment \(s) does not exist") }
                    c.segment = s
                }
                for (k, u) in try array(item["uses"], p + ".uses").enumerated() {
                    let name = try requiredText(u, p + ".uses[\(k)]")
                    guard let b = Behaviour(rawValue: name) else { throw fail(p + ".uses[\(k)]", "unknown behaviour \"\(name)\"") }
                    guard chosen.contains(b) else { throw fail(p + ".uses[\(k)]", "behaviour \(name) is not chosen in the plan") }
                    guard !c.uses.contains(b) else { throw fail(p + ".uses[\(k)]", "behaviour \(name) appears twice") }
                    c.uses.append(b)
                }
                c.description = try text(item["description"], p + ".description")
                c.customerValue = try text(item["customerValue"], p + ".customerValue")
                c.orgValue = try text(item["orgValue"], p + ".orgValue")
                plan.concepts.append(c)
                conceptIds.insert(id)
            }

            for (n, item) in try array(root["impacts"], "$.impacts").enumerated() {
                let p = "$.impacts[\(n)]"
                guard try object(item, p) != nil else { throw fail(p, "must be an object") }
                let (id, k) = try id(item["id"], p + ".id", "i", &seen)
                maxId.impact = max(maxId.impact, k)
                var m = Impact(id: id, metric: try requiredText(item["metric"], p + ".metric"))
                m.baseline = try number(item["baseline"], p + ".baseline")
                if let rel = try text(item["targetRelative"], p + ".targetRelative") {
                    guard case .relative? = try? Parser.target(rel) else { throw fail(p + ".targetRelative", "\"\(rel)\" is not +N% or -N%") }
                    guard m.baseline != nil else { throw fail(p + ".targetRelative", "a relative target needs a baseline") }
                    m.target = try? Parser.target(rel)
                    // A plan that could not be written back is not read either.
                    guard m.resolvedTarget?.isFinite != false else {
                        throw fail(p + ".targetRelative", "resolves past the largest number")
                    }
                } else if let t = try number(item["target"], p + ".target") {
                    m.target = .absolute(t)
                }
                m.unit = try text(item["unit"], p + ".unit")
                if let by = try text(item["by"], p + ".by") {
                    guard let d = PlanDate(by) else { throw fail(p + ".by", "\"\(by)\" is not a date (YYYY-MM-DD or YYYY-MM)") }
                    m.by = d
                }
                if let c = try text(item["concept"], p + ".concept") {
                    guard conceptIds.contains(c) else { throw fail(p + ".concept", "concept \(c) does not exist") }
                    m.concept = c
                }
                plan.impacts.append(m)
            }

            // Counters never go back: at least one past every id in the file.
            if let o = try object(root["nextIds"], "$.nextIds") {
                plan.nextIds.segment = try counter(o["segment"], "$.nextIds.segment")
                plan.nextIds.concept = try counter(o["concept"], "$.nextIds.concept")
                plan.nextIds.impact = try counter(o["impact"], "$.nextIds.impact")
            }
            plan.nextIds.segment = max(plan.nextIds.segment, maxId.segment + 1)
            plan.nextIds.concept = max(plan.nextIds.concept, maxId.concept + 1)
            plan.nextIds.impact = max(plan.nextIds.impact, maxId.impact + 1)
            return plan
        }
    }
}
