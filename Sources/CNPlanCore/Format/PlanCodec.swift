import Dispatch

/// The plan file format, `cnplan.plan` version 1: the session file and the JSON export alike
/// (see docs/format.md). Written from the fields' definitions, in their order; deterministic:
/// fixed key order, no timestamps.
public enum PlanCodec {
    public static let format = "cnplan.plan"
    public static let version = 1

    /// The plan as JSON text.
    public static func encode(_ plan: Plan) -> String { String(decoding: bytes(plan), as: UTF8.self) }

    /// The plan as the UTF-8 bytes of its JSON text, as files and exports are written: the text
    /// is never made a String, which would hold a second copy of it.
    public static func bytes(_ plan: Plan) -> [UInt8] {
        // Room for the whole text at once, so that it is never copied to grow: about 450 bytes an
        // item in practice, and pages reserved but not written take no memory.
        let count = plan.segments.count + plan.concepts.count + plan.impacts.count + plan.behaviours.count
        var w = JSONWriter(capacity: 4096 + 1024 * count)
        w.beginObject()
        w.string("format", format)
        w.int("version", version)
        w.string("language", plan.language)
        // The title and who was there stand at the top; the other plan fields form the objective object.
        let title = Plan.fields[0]
        write(&w, title.info, title.get(plan), plan, Plan.fields)
        for f in Plan.workshopFields { write(&w, f.info, f.get(plan), plan, Plan.fields) }
        w.beginObject("objective")
        for f in objectiveFields { write(&w, f.info, f.get(plan), plan, Plan.fields) }
        w.endObject()
        items(&w, "segments", plan.segments, Segment.fields) { $0.id }
        w.beginArray("behaviours")
        for (n, b) in plan.behaviours.enumerated() {
            w.beginObject()
            w.string("name", b.name.rawValue)
            w.int("rank", n + 1)
            for f in BehaviourChoice.fields { write(&w, f.info, f.get(b), b, BehaviourChoice.fields) }
            origin(&w, b.origin)
            w.endObject()
        }
        w.endArray()
        items(&w, "concepts", plan.concepts, Concept.fields) { $0.id }
        items(&w, "impacts", plan.impacts, Impact.fields, extra: actuals) { $0.id }
        if !plan.votes.isEmpty { VoteCodec.write(plan.votes, to: &w) }
        w.beginObject("nextIds")
        w.int("segment", plan.nextIds.segment)
        w.int("concept", plan.nextIds.concept)
        w.int("impact", plan.nextIds.impact)
        w.endObject()
        w.endObject()
        return w.utf8()
    }

    /// The plan fields kept in the objective object: all but the title and who was there.
    static var objectiveFields: ArraySlice<Field<Plan>> {
        Plan.fields.dropFirst().dropLast(Plan.workshopFields.count)
    }

    /// Every item's first member, quoted once.
    private static let idName = JSONName.once("id")

    private static func items<Item: PlanItem>(
        _ w: inout JSONWriter, _ key: String, _ list: [Item], _ fields: [Field<Item>],
        extra: (inout JSONWriter, Item) -> Void = { _, _ in }, id: (Item) -> String
    ) {
        w.beginArray(.text(key))
        for item in list {
            w.beginObject()
            w.string(idName, id(item))
            for f in fields { write(&w, f.info, f.get(item), item, fields) }
            origin(&w, item.origin)
            extra(&w, item)
            w.endObject()
        }
        w.endArray()
    }

    /// An impact's check-ins, `{date, value, note}` in date order; absent while there are none, so
    /// plans without check-ins are written as before.
    private static func actuals(_ w: inout JSONWriter, _ m: Impact) {
        guard !m.actuals.isEmpty else { return }
        w.beginArray("actuals")
        for c in m.actuals {
            w.beginObject()
            w.date("date", c.date)
            w.number("value", c.value)
            w.string("note", c.note)
            w.endObject()
        }
        w.endArray()
    }

    /// Where a merged item came from: `"origin": {"file": "table-a.json", "id": "s2"}`.
    private static func origin(_ w: inout JSONWriter, _ origin: Origin?) {
        guard let origin else { return }
        w.beginObject("origin")
        w.string("file", origin.file)
        w.string("id", origin.id)
        w.endObject()
    }

    private static func write<Item>(
        _ w: inout JSONWriter, _ f: FieldInfo, _ value: FieldValue?, _ item: Item, _ fields: [Field<Item>]
    ) {
        switch value {
        case .text(let s)?, .choice(let s)?, .reference(let s)?: w.string(f.name, s)
        case .score(let n)?: w.int(f.name, n)
        case .number(let n)?: w.number(f.name, n)
        case .date(let d)?: w.date(f.name, d)
        case .behaviours(let b)?: w.inlineStrings(f.name, b.map(\.rawValue))
        case .choices(let list)?: w.inlineStrings(f.name, list)
        case .names(let n)?: w.inlineStrings(f.name, n)
        case .target(let t)?:
            // Resolved to a number against the item's baseline, with the relative form beside it.
            w.number(f.name, t.resolved(against: baseline(item, fields)))
            if case .relative = t { w.string(.text(f.key + "Relative"), t.text) }
        case nil: if f.type == .behaviours { w.inlineStrings(f.name, []) }
        }
    }

    /// The number a relative target of this item resolves against: its number field.
    private static func baseline<Item>(_ item: Item, _ fields: [Field<Item>]) -> Double? {
        for f in fields { if case .number(let n)? = f.get(item) { return n } }
        return nil
    }

    /// What is wrong with a file's content, and where (a JSON path such as `$.segments[1].role`).
    public struct FormatError: Error, Sendable, Equatable {
        public var path: String
        public var problem: FormatProblem
    }

    /// Reads a plan from parsed JSON, checking types, names and references.
    public static func decode(_ json: JSON) throws(FormatError) -> Plan {
        var d = Decoder()
        return try d.plan(json)
    }

    /// The plan read item by item as the parser reaches each; nil when anything is wrong or out of
    /// order, for `decode(bytes:)` to read the file whole. In a large file the items are read on a
    /// second thread while the parser goes on, a batch at a time.
    static func streamed(_ bytes: [UInt8]) throws(ReadError) -> Plan? {
        let taker = Taker(overlapped: bytes.count >= Taker.overlapFrom)
        let root: JSON
        do {
            root = try JSONParser.parse(bytes, streaming: Lists.keys) { taker.take($0, $1, $2) }
        } catch {
            taker.finish()
            throw .syntax(error)
        }
        taker.finish()
        return taker.failed ? nil : try? taker.decoder.plan(root, streamed: taker.lists)
    }

    /// Takes the items the parser hands over into the plan's lists: at once, or for a large file on
    /// a second thread in batches, with a few batches at most waiting (so the items waiting never
    /// hold much of the file's tree).
    private final class Taker: @unchecked Sendable {
        /// Below this size a second thread costs more than it saves.
        static let overlapFrom = 256 * 1024
        static let batchSize = 128
        // Read and written by one thread at a time: the parser's without a queue; with one, the
        // queue's, and the parser's again only after `finish` has waited for it.
        var decoder = Decoder()
        var lists = Lists()
        var failed = false
        private let queue: DispatchQueue?
        private let room = DispatchSemaphore(value: 4)
        private var batch: [Taken] = []

        /// One element as the parser handed it over. A struct, not a tuple: an array of tuples was
        /// copied and destroyed through generic code, element by element.
        private struct Taken {
            let key: String
            let n: Int
            let json: JSON
        }

        init(overlapped: Bool) { queue = overlapped ? DispatchQueue(label: "cnplan.read") : nil }

        func take(_ key: String, _ n: Int, _ json: JSON) {
            guard queue != nil else { return takeNow(key, n, json) }
            batch.append(Taken(key: key, n: n, json: json))
            if batch.count == Self.batchSize { send() }
        }

        /// Waits for every batch sent to be taken.
        func finish() {
            guard let queue else { return }
            if !batch.isEmpty { send() }
            queue.sync {}
        }

        private func send() {
            let items = batch
            batch = []
            room.wait()
            queue!.async {
                for t in items { self.takeNow(t.key, t.n, t.json) }
                self.room.signal()
            }
        }

        private func takeNow(_ key: String, _ n: Int, _ json: JSON) {
            guard !failed else { return }
            do throws(FormatError) { try decoder.take(key, n, json, into: &lists) } catch { failed = true }
        }
    }

    /// Why a file's bytes are not a plan: not JSON, or JSON that is not a plan.
    public enum ReadError: Error, Sendable {
        case syntax(JSONSyntaxError)
        case format(FormatError)
    }

    /// Reads a plan from a file's bytes. Each segment, concept and impact is read as the parser
    /// reaches it and its JSON dropped, so the whole file's tree is never held: a third of the peak
    /// memory of reading a large plan. A file with anything wrong, or not in the order cnplan writes
    /// it, is read again whole by `decode(_:)`, so that the error reported is always the one a
    /// reading of the whole tree finds first.
    public static func decode(bytes: [UInt8]) throws(ReadError) -> Plan {
        if let plan = try streamed(bytes) { return plan }
        let tree: JSON
        do { tree = try JSONParser.parse(bytes) } catch { throw .syntax(error) }
        var whole = Decoder()
        do { return try whole.plan(tree) } catch { throw .format(error) }
    }

    private struct Decoder {
        /// The numbers of the ids read (`c12` is 12), a set for each kind by its step, so that a
        /// reference is checked in constant time (no quadratic step on big plans) and no id's text
        /// is hashed.
        var ids = [Set<Int>](repeating: [], count: 6)
        var chosen = Set<Behaviour>()

        // Paths are spelled out only on failure (autoclosures): building "$.concepts[12].title" for
        // every field read cost a string allocation each.
        func fail(_ path: String, _ problem: FormatProblem) -> FormatError { FormatError(path: path, problem: problem) }

        func object(_ v: JSON?, _ path: @autoclosure () -> String) throws(FormatError) -> JSON? {
            guard let v, !v.isNull else { return nil }
            guard case .object = v else { throw fail(path(), .mustBe(.object)) }
            return v
        }

        func array(_ v: JSON?, _ path: @autoclosure () -> String) throws(FormatError) -> [JSON] {
            guard let v, !v.isNull else { return [] }
            guard case .array(let items) = v else { throw fail(path(), .mustBe(.array)) }
            return items
        }

        func text(_ v: JSON?, _ path: @autoclosure () -> String) throws(FormatError) -> String? {
            guard let v, !v.isNull else { return nil }
            guard case .string(let s) = v else { throw fail(path(), .mustBe(.string)) }
            return s
        }

        func requiredText(_ v: JSON?, _ path: @autoclosure () -> String) throws(FormatError) -> String {
            guard let s = try text(v, path()) else { throw fail(path(), .missingOrEmpty) }
            // A visible ASCII first byte settles it without trimming a copy (ids and most names).
            if let first = s.utf8.first, first > 0x20, first < 0x7F { return s }
            guard !s.trimmingSpaces.isEmpty else { throw fail(path(), .missingOrEmpty) }
            return s
        }

        func number(_ v: JSON?, _ path: @autoclosure () -> String) throws(FormatError) -> Double? {
            guard let v, !v.isNull else { return nil }
            guard case .number(let n) = v, n.isFinite else { throw fail(path(), .mustBe(.number)) }
            return n
        }

        func id(_ v: JSON?, _ path: @autoclosure () -> String, _ prefix: Character) throws(FormatError) -> (
            String, Int
        ) {
            let s = try requiredText(v, path())
            // Canonical ids only (no sign, no leading zero, below a billion), so that every id read
            // can be written back and read again. Read as bytes: ids are ASCII, and this runs for
            // every item of a large plan (through characters and substrings it took 1,500
            // instructions an id).
            guard let n = Decoder.number(ofId: s, prefix.asciiValue) else {
                throw fail(path(), .invalidId(s, prefix: String(prefix)))
            }
            return (s, n)
        }

        /// The number of a canonical id with this first byte (`c12` is 12); nil for any other text.
        static func number(ofId s: String, _ prefix: UInt8?) -> Int? {
            var s = s
            return s.withUTF8 { b -> Int? in
                guard b.count >= 2, b.count <= 10, b[0] == prefix, b[1] != UInt8(ascii: "0") else { return nil }
                var n = 0
                for d in b[1...] {
                    guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(d) else { return nil }
                    n = n * 10 + Int(d - UInt8(ascii: "0"))
                }
                return n
            }
        }

        func counter(_ v: JSON?, _ path: @autoclosure () -> String) throws(FormatError) -> Int {
            guard let n = try number(v, path()) else { return 1 }
            guard n.rounded() == n, n >= 1, n < 1e9 else { throw fail(path(), .wholeFrom1) }
            return Int(n)
        }

        /// One field's value from its JSON, checked like a typed value.
        func value(
            _ f: FieldInfo, _ o: JSON, _ p: @autoclosure () -> String, baseline: Double?, hint: inout Int
        ) throws(FormatError) -> FieldValue? {
            func path() -> String { p() + "." + f.key }
            let v = o.member(f.key, hint: &hint)
            switch f.type {
            case .text: return try text(v, path()).map(FieldValue.text)
            case .name: return .text(try requiredText(v, path()))
            case .score:
                guard let n = try number(v, path()) else { return nil }
                guard n.rounded() == n, (1...5).contains(n) else { throw fail(path(), .scoreRange) }
                return .score(Int(n))
            case .number: return try number(v, path()).map(FieldValue.number)
            case .date:
                guard let s = try text(v, path()) else { return nil }
                guard let d = PlanDate(isoDay: s) ?? PlanDate(s) else { throw fail(path(), .notADate(s)) }
                return .date(d)
            case .reference(let kind):
                guard let s = try text(v, path()) else { return nil }
                guard let k = Decoder.number(ofId: s, kind.idPrefix?.asciiValue), ids[kind.step].contains(k) else {
                    throw fail(path(), .noSuchItem(kind, s))
                }
                return .reference(s)
            case .choice(let choices):
                guard let s = try text(v, path()) else { return nil }
                guard choices.values.contains(s) else { throw fail(path(), .unknownChoice(choices.name, s)) }
                return .choice(s)
            case .choices(let choices):
                // A value named twice counts once, as when typed.
                var list: [String] = []
                for (k, u) in try array(v, path()).enumerated() {
                    func at() -> String { path() + "[\(k)]" }
                    let s = try requiredText(u, at())
                    guard choices.values.contains(s) else { throw fail(at(), .unknownChoice(choices.name, s)) }
                    if !list.contains(s) { list.append(s) }
                }
                return list.isEmpty ? nil : .choices(list)
            case .behaviours:
                var list: [Behaviour] = []
                for (k, u) in try array(v, path()).enumerated() {
                    func at() -> String { path() + "[\(k)]" }
                    let name = try requiredText(u, at())
                    guard let b = Behaviour(rawValue: name) else { throw fail(at(), .unknownBehaviour(name)) }
                    guard chosen.contains(b) else { throw fail(at(), .notChosen(name)) }
                    guard !list.contains(b) else { throw fail(at(), .twice(name)) }
                    list.append(b)
                }
                return list.isEmpty ? nil : .behaviours(list)
            case .names:
                var list: [String] = []
                for (k, u) in try array(v, path()).enumerated() { list.append(try requiredText(u, path() + "[\(k)]")) }
                return list.isEmpty ? nil : .names(list)
            case .target:
                if let rel = try text(o[f.key + "Relative"], path() + "Relative") {
                    guard case .relative? = try? Parser.target(rel) else {
                        throw fail(path() + "Relative", .notARelativeTarget(rel))
                    }
                    guard let baseline else { throw fail(path() + "Relative", .relativeNeedsBaseline) }
                    let target = try? Parser.target(rel)
                    guard target?.resolved(against: baseline)?.isFinite != false else {
                        throw fail(path() + "Relative", .resolvesPastTheLargestNumber)
                    }
                    return target.map(FieldValue.target)
                }
                return try number(v, path()).map { .target(.absolute($0)) }
            }
        }

        /// Where a merged item came from; nil for one made in its plan.
        func origin(_ item: JSON, _ p: @autoclosure () -> String) throws(FormatError) -> Origin? {
            guard let o = try object(item["origin"], p() + ".origin") else { return nil }
            let file = try requiredText(o["file"], p() + ".origin.file")
            return Origin(file: file, id: try requiredText(o["id"], p() + ".origin.id"))
        }

        /// An impact's check-ins: whole days, finite values, at most one a day; kept in date order.
        func actuals(_ v: JSON?, _ path: @autoclosure () -> String) throws(FormatError) -> [CheckIn] {
            var out: [CheckIn] = []
            for (k, item) in try array(v, path()).enumerated() {
                func p() -> String { path() + "[\(k)]" }
                guard try object(item, p()) != nil else { throw fail(p(), .mustBe(.object)) }
                let s = try requiredText(item["date"], p() + ".date")
                guard let date = PlanDate(isoDay: s) else { throw fail(p() + ".date", .notADate(s)) }
                guard let value = try number(item["value"], p() + ".value") else {
                    throw fail(p() + ".value", .mustBe(.number))
                }
                out.append(CheckIn(date: date, value: value, note: try text(item["note"], p() + ".note")))
            }
            // Sorted first, so a day written twice is found next to itself: no quadratic search.
            let sorted = out.enumerated().sorted {
                ($0.element.date.dayNumber, $0.offset) < ($1.element.date.dayNumber, $1.offset)
            }
            for (a, b) in zip(sorted, sorted.dropFirst()) where a.element.date == b.element.date {
                throw fail(path() + "[\(b.offset)].date", .twice(b.element.date.description))
            }
            return sorted.map(\.element)
        }

        /// Reads every field of an item into it.
        func fields<Item>(_ item: inout Item, _ fields: [Field<Item>], _ o: JSON, _ p: @autoclosure () -> String)
            throws(FormatError)
        {
            var baseline: Double?
            var hint = 0
            for f in fields {
                let v = try value(f.info, o, p(), baseline: baseline, hint: &hint)
                if case .number(let n)? = v { baseline = n }
                f.set(&item, v)
            }
        }

        /// One item of a list, with its id's number; its id is known from now on.
        mutating func item<Item: PlanItem>(
            _ json: JSON, _ key: String, _ n: Int, _ kind: ItemKind, _ fields: [Field<Item>], make: (String) -> Item
        ) throws(FormatError) -> (item: Item, number: Int) {
            func p() -> String { "$.\(key)[\(n)]" }
            guard try object(json, p()) != nil else { throw fail(p(), .mustBe(.object)) }
            let (id, k) = try id(json["id"], p() + ".id", kind.idPrefix ?? "x")
            // Ids of different kinds differ in their first letter, so one set a kind finds every
            // duplicate. No field refers to an item of its own kind, so an id may be known at once.
            guard ids[kind.step].insert(k).inserted else { throw fail(p() + ".id", .duplicateId(id)) }
            var item = make(id)
            try self.fields(&item, fields, json, p())
            item.origin = try origin(json, p())
            return (item, k)
        }

        /// The chosen behaviours in rank order; ranks order the list, ties keep file order.
        mutating func behaviours(_ list: [JSON]) throws(FormatError) -> [BehaviourChoice] {
            var ranked: [(rank: Int, choice: BehaviourChoice)] = []
            for (n, item) in list.enumerated() {
                let p = "$.behaviours[\(n)]"
                guard try object(item, p) != nil else { throw fail(p, .mustBe(.object)) }
                let name = try requiredText(item["name"], p + ".name")
                guard let b = Behaviour(rawValue: name) else { throw fail(p + ".name", .unknownBehaviour(name)) }
                guard !ranked.contains(where: { $0.choice.name == b }) else { throw fail(p + ".name", .twice(name)) }
                let rank = try number(item["rank"], p + ".rank")
                // Below a billion, so that it converts to Int (1e300 must not crash).
                if let rank, rank.rounded() != rank || rank < 1 || rank >= 1e9 { throw fail(p + ".rank", .wholeFrom1) }
                var choice = BehaviourChoice(name: b)
                try fields(&choice, BehaviourChoice.fields, item, p)
                choice.origin = try origin(item, p)
                ranked.append((rank.map { Int($0) } ?? n + 1, choice))
            }
            chosen = Set(ranked.map(\.choice.name))
            return ranked.enumerated().sorted { ($0.element.rank, $0.offset) < ($1.element.rank, $1.offset) }
                .map(\.element.choice)
        }

        /// Takes one element of a list as the parser reads it (see `decode(bytes:)`). Items must
        /// come in the order cnplan writes them, each after the items it refers to; anything else
        /// fails here, and the file is then read whole.
        mutating func take(_ key: String, _ n: Int, _ json: JSON, into lists: inout Lists) throws(FormatError) {
            // The four lists (`Lists.keys`) by their first letters: a switch over the names compared
            // strings for every item.
            switch key.utf8.first {
            case UInt8(ascii: "s"):
                let (s, k) = try item(json, key, n, .segment, Segment.fields) { Segment(id: $0, name: "") }
                lists.segments.append(s)
                lists.maxSegment = max(lists.maxSegment, k)
            case UInt8(ascii: "b"):
                // Behaviours after the first concept: the concepts were read without them.
                guard lists.ranked == nil else { throw fail("$.behaviours", .notChosen("")) }
                lists.pendingBehaviours.append(json)
            case UInt8(ascii: "c"):
                if lists.ranked == nil { lists.ranked = try behaviours(lists.pendingBehaviours) }
                let (c, k) = try item(json, key, n, .concept, Concept.fields) { Concept(id: $0, title: "") }
                lists.concepts.append(c)
                lists.maxConcept = max(lists.maxConcept, k)
            default:
                var (m, k) = try item(json, key, n, .impact, Impact.fields) { Impact(id: $0, metric: "") }
                m.actuals = try actuals(json["actuals"], "$.impacts[\(n)].actuals")
                lists.impacts.append(m)
                lists.maxImpact = max(lists.maxImpact, k)
            }
        }

        /// Reads the plan from its root object; the lists come from `streamed` when the parser
        /// handed them over item by item, and from the root otherwise.
        mutating func plan(_ root: JSON, streamed: Lists? = nil) throws(FormatError) -> Plan {
            guard case .object = root else { throw fail("$", .notAnObject) }
            guard case .string(let f)? = root["format"], f == PlanCodec.format else {
                throw fail("$.format", .wrongFormat)
            }
            guard case .number(let v)? = root["version"], v.rounded() == v, v.isFinite else {
                throw fail("$.version", .notWhole)
            }
            guard v <= Double(PlanCodec.version) else { throw fail("$.version", .versionTooNew(formatNumber(v))) }
            guard v >= 1 else { throw fail("$.version", .unknownVersion(formatNumber(v))) }
            var plan = Plan()
            if let code = try text(root["language"], "$.language") {
                guard Language.named(code)?.code == code else { throw fail("$.language", .unknownLanguage(code)) }
                plan.language = code
            }
            let objective = try object(root["objective"], "$.objective")
            // The title is at the top of the file; the other plan fields are in the objective object.
            let title = Plan.fields[0]
            var hint = 0
            title.set(&plan, try value(title.info, root, "$", baseline: nil, hint: &hint))
            for f in Plan.workshopFields { f.set(&plan, try value(f.info, root, "$", baseline: nil, hint: &hint)) }
            if let objective {
                for f in PlanCodec.objectiveFields {
                    f.set(&plan, try value(f.info, objective, "$.objective", baseline: nil, hint: &hint))
                }
            }
            var lists = Lists()
            if let streamed {
                // A streamed list is empty in the root; a list that was no array is still there.
                for key in Lists.keys { _ = try array(root[key], "$." + key) }
                lists = streamed
                if lists.ranked == nil { lists.ranked = try behaviours(lists.pendingBehaviours) }
            } else {
                for (n, json) in try array(root["segments"], "$.segments").enumerated() {
                    try take("segments", n, json, into: &lists)
                }
                lists.ranked = try behaviours(try array(root["behaviours"], "$.behaviours"))
                for (n, json) in try array(root["concepts"], "$.concepts").enumerated() {
                    try take("concepts", n, json, into: &lists)
                }
                for (n, json) in try array(root["impacts"], "$.impacts").enumerated() {
                    var (m, k) = try item(json, "impacts", n, .impact, Impact.fields) { Impact(id: $0, metric: "") }
                    // Check-ins are checked after the votes, below.
                    m.actuals = []
                    lists.impacts.append(m)
                    lists.maxImpact = max(lists.maxImpact, k)
                }
            }
            plan.segments = lists.segments
            plan.behaviours = lists.ranked ?? []
            plan.concepts = lists.concepts
            plan.impacts = lists.impacts
            let most = (segment: lists.maxSegment, concept: lists.maxConcept, impact: lists.maxImpact)
            // Dropped, so that the plan holds the only copy of its lists and adding check-ins copies none.
            lists = Lists()
            plan.votes = try VoteCodec.read(root["votes"], plan: plan)
            if streamed == nil {
                for (n, json) in try array(root["impacts"], "$.impacts").enumerated() {
                    plan.impacts[n].actuals = try actuals(json["actuals"], "$.impacts[\(n)].actuals")
                }
            }

            // Counters never go back: at least one past every id in the file.
            if let o = try object(root["nextIds"], "$.nextIds") {
                plan.nextIds.segment = try counter(o["segment"], "$.nextIds.segment")
                plan.nextIds.concept = try counter(o["concept"], "$.nextIds.concept")
                plan.nextIds.impact = try counter(o["impact"], "$.nextIds.impact")
            }
            plan.nextIds.segment = max(plan.nextIds.segment, most.segment + 1)
            plan.nextIds.concept = max(plan.nextIds.concept, most.concept + 1)
            plan.nextIds.impact = max(plan.nextIds.impact, most.impact + 1)
            return plan
        }
    }

    /// The lists of a plan as they are read, with the largest id number of each.
    private struct Lists {
        /// The root's members the parser hands over item by item.
        static let keys: Set<String> = ["segments", "behaviours", "concepts", "impacts"]
        var segments: [Segment] = []
        var concepts: [Concept] = []
        var impacts: [Impact] = []
        var maxSegment = 0
        var maxConcept = 0
        var maxImpact = 0
        /// The behaviours as read, until the first concept needs them decoded.
        var pendingBehaviours: [JSON] = []
        var ranked: [BehaviourChoice]?
    }
}

/// What is wrong with a plan file's content.
public enum FormatProblem: Sendable, Equatable {
    case notAnObject
    case wrongFormat
    case mustBe(JSONType)
    case notWhole
    case versionTooNew(String)
    case unknownVersion(String)
    case missingOrEmpty
    case invalidId(String, prefix: String)
    case duplicateId(String)
    case unknownBehaviour(String)
    /// A value that is not one of a field's fixed values; the first is the list's name (`role`).
    case unknownChoice(String, String)
    case twice(String)
    case notChosen(String)
    case noSuchItem(ItemKind, String)
    case scoreRange
    case wholeFrom1
    case notARelativeTarget(String)
    case relativeNeedsBaseline
    case notADate(String)
    case unknownLanguage(String)
    case resolvesPastTheLargestNumber
}

/// The kinds of JSON value a file's field may need to be.
public enum JSONType: String, Sendable { case object, array, string, number }
