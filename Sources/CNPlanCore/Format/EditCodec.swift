/// The journal's encoding of one `Edit`: a canonical, versioned JSON object on one line, so a
/// journal keeps its meaning when command words are renamed or added.
///
///     {"v":1,"edit":"setSegmentText","id":"s1","field":"need","text":"time"}
///
/// Keys are written in a fixed order; absent text (a cleared field) is `null`.
public enum EditCodec {
    public static let version = 1

    /// A line of the journal that is not an edit this cnplan reads.
    public struct DecodeError: Error, Sendable, Equatable {
        public var reason: String
    }

    /// One line of JSON, without a newline.
    public static func encode(_ edit: Edit) -> String {
        var w = Line()
        w.int("v", version)
        switch edit {
        case .setTitle(let t):
            w.name("setTitle")
            w.text("text", t)
        case .setObjective(let t):
            w.name("setObjective")
            w.text("text", t)
        case .setDataGoal(let t):
            w.name("setDataGoal")
            w.text("text", t)
        case .addSegment(let name):
            w.name("addSegment")
            w.text("name", name)
        case .setSegmentText(let id, let field, let t):
            w.name("setSegmentText")
            w.text("id", id)
            w.text("field", field.rawValue)
            w.text("text", t)
        case .setSegmentRole(let id, let role):
            w.name("setSegmentRole")
            w.text("id", id)
            w.text("role", role?.rawValue)
        case .removeSegment(let id):
            w.name("removeSegment")
            w.text("id", id)
        case .addBehaviours(let bs):
            w.name("addBehaviours")
            w.names("behaviours", bs)
        case .setBehaviourWhy(let b, let t):
            w.name("setBehaviourWhy")
            w.text("behaviour", b.rawValue)
            w.text("text", t)
        case .setBehaviourScore(let b, let kind, let n):
            w.name("setBehaviourScore")
            w.text("behaviour", b.rawValue)
            w.text("score", kind.rawValue)
            w.int("value", n)
        case .rankBehaviours(let bs):
            w.name("rankBehaviours")
            w.names("behaviours", bs)
        case .removeBehaviour(let b):
            w.name("removeBehaviour")
            w.text("behaviour", b.rawValue)
        case .addConcept(let title):
            w.name("addConcept")
            w.text("title", title)
        case .setConceptSegment(let id, let s):
            w.name("setConceptSegment")
            w.text("id", id)
            w.text("segment", s)
        case .setConceptUses(let id, let bs):
            w.name("setConceptUses")
            w.text("id", id)
            w.names("behaviours", bs)
        case .setConceptText(let id, let field, let t):
            w.name("setConceptText")
            w.text("id", id)
            w.text("field", field.rawValue)
            w.text("text", t)
        case .removeConcept(let id):
            w.name("removeConcept")
            w.text("id", id)
        case .addImpact(let metric):
            w.name("addImpact")
            w.text("metric", metric)
        case .setImpactBaseline(let id, let n):
            w.name("setImpactBaseline")
            w.text("id", id)
            w.number("value", n)
        case .setImpactTarget(let id, let target):
            w.name("setImpactTarget")
            w.text("id", id)
            switch target {
            case .absolute(let n): w.number("value", n)
            case .relative(let p): w.number("percent", p)
            }
        case .setImpactText(let id, let field, let t):
            w.name("setImpactText")
            w.text("id", id)
            w.text("field", field.rawValue)
            w.text("text", t)
        case .setImpactBy(let id, let date):
            w.name("setImpactBy")
            w.text("id", id)
            w.text("date", date?.description)
        case .setImpactConcept(let id, let c):
            w.name("setImpactConcept")
            w.text("id", id)
            w.text("concept", c)
        case .removeImpact(let id):
            w.name("removeImpact")
            w.text("id", id)
        }
        return w.finish()
    }

    /// The edit a line holds; throws for anything else (another version, a torn line, a typo).
    public static func decode(_ line: String) throws(DecodeError) -> Edit {
        let json: JSON
        do { json = try JSONParser.parse(Array(line.utf8)) } catch { throw DecodeError(reason: "not JSON") }
        let r = Reader(json: json)
        guard case .number(let v)? = json["v"], v == Double(version) else {
            throw DecodeError(reason: "unknown version")
        }
        switch try r.string("edit") {
        case "setTitle": return .setTitle(try r.optional("text"))
        case "setObjective": return .setObjective(try r.optional("text"))
        case "setDataGoal": return .setDataGoal(try r.optional("text"))
        case "addSegment": return .addSegment(name: try r.string("name"))
        case "setSegmentText":
            return .setSegmentText(id: try r.string("id"), field: try r.word("field"), text: try r.optional("text"))
        case "setSegmentRole":
            let role = try r.optional("role").map { (s) throws(DecodeError) -> Role in try r.value(Role(rawValue: s)) }
            return .setSegmentRole(id: try r.string("id"), role: role)
        case "removeSegment": return .removeSegment(id: try r.string("id"))
        case "addBehaviours": return .addBehaviours(try r.behaviours())
        case "setBehaviourWhy": return .setBehaviourWhy(try r.word("behaviour"), try r.optional("text"))
        case "setBehaviourScore":
            return .setBehaviourScore(try r.word("behaviour"), try r.word("score"), try r.int("value"))
        case "rankBehaviours": return .rankBehaviours(try r.behaviours())
        case "removeBehaviour": return .removeBehaviour(try r.word("behaviour"))
        case "addConcept": return .addConcept(title: try r.string("title"))
        case "setConceptSegment": return .setConceptSegment(id: try r.string("id"), segment: try r.string("segment"))
        case "setConceptUses": return .setConceptUses(id: try r.string("id"), try r.behaviours())
        case "setConceptText":
            return .setConceptText(id: try r.string("id"), field: try r.word("field"), text: try r.optional("text"))
        case "removeConcept": return .removeConcept(id: try r.string("id"))
        case "addImpact": return .addImpact(metric: try r.string("metric"))
        case "setImpactBaseline": return .setImpactBaseline(id: try r.string("id"), try r.number("value"))
        case "setImpactTarget":
            let target: Target =
                json["percent"] != nil
                ? .relative(percent: try r.number("percent"))
                : .absolute(try r.number("value"))
            return .setImpactTarget(id: try r.string("id"), target)
        case "setImpactText":
            return .setImpactText(id: try r.string("id"), field: try r.word("field"), text: try r.optional("text"))
        case "setImpactBy":
            let date = try r.optional("date").map { (s) throws(DecodeError) -> PlanDate in try r.value(PlanDate(s)) }
            return .setImpactBy(id: try r.string("id"), date)
        case "setImpactConcept": return .setImpactConcept(id: try r.string("id"), concept: try r.string("concept"))
        case "removeImpact": return .removeImpact(id: try r.string("id"))
        case let other: throw DecodeError(reason: "unknown edit \(other)")
        }
    }

    /// One JSON object on one line, keys in the order written.
    private struct Line {
        var text = "{"
        mutating func key(_ k: String) {
            if text != "{" { text += "," }
            JSONWriter.quote(k, into: &text)
            text += ":"
        }
        mutating func name(_ edit: String) { text("edit", edit) }
        mutating func text(_ k: String, _ v: String?) {
            key(k)
            if let v { JSONWriter.quote(v, into: &text) } else { text += "null" }
        }
        mutating func int(_ k: String, _ v: Int) {
            key(k)
            text += String(v)
        }
        mutating func number(_ k: String, _ v: Double) {
            key(k)
            text += formatNumber(v)
        }
        mutating func names(_ k: String, _ bs: [Behaviour]) {
            key(k)
            text += "[" + bs.map { "\"\($0.rawValue)\"" }.joined(separator: ",") + "]"
        }
        func finish() -> String { text + "}" }
    }

    private struct Reader {
        let json: JSON
        func fail(_ key: String) -> DecodeError { DecodeError(reason: "bad \(key)") }
        func string(_ key: String) throws(DecodeError) -> String {
            guard case .string(let s)? = json[key] else { throw fail(key) }
            return s
        }
        func optional(_ key: String) throws(DecodeError) -> String? {
            switch json[key] {
            case .string(let s)?: return s
            case .null?: return nil
            default: throw fail(key)
            }
        }
        func number(_ key: String) throws(DecodeError) -> Double {
            guard case .number(let n)? = json[key], n.isFinite else { throw fail(key) }
            return n
        }
        func int(_ key: String) throws(DecodeError) -> Int {
            let n = try number(key)
            guard n.rounded() == n, abs(n) < 1e9 else { throw fail(key) }
            return Int(n)
        }
        func value<T>(_ v: T?) throws(DecodeError) -> T {
            guard let v else { throw DecodeError(reason: "unknown name") }
            return v
        }
        func word<T: RawRepresentable>(_ key: String) throws(DecodeError) -> T where T.RawValue == String {
            try value(T(rawValue: try string(key)))
        }
        func behaviours() throws(DecodeError) -> [Behaviour] {
            guard case .array(let items)? = json["behaviours"] else { throw fail("behaviours") }
            var out: [Behaviour] = []
            for item in items {
                guard case .string(let s) = item else { throw fail("behaviours") }
                out.append(try value(Behaviour(rawValue: s)))
            }
            return out
        }
    }
}
