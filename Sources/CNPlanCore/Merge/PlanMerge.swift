/// One field of one item given a value, in this plan's ids.
public struct Assignment: Sendable, Equatable {
    public var kind: ItemKind
    public var id: String
    public var key: String
    public var value: FieldValue?
    public init(_ kind: ItemKind, _ id: String, _ key: String, _ value: FieldValue?) {
        self.kind = kind
        self.id = id
        self.key = key
        self.value = value
    }
}

/// An item a merge brings in, with its new id here, where it came from and its fields' values.
public struct MergedItem: Sendable, Equatable {
    public var kind: ItemKind
    public var id: String
    public var origin: Origin
    public var values: [Assignment]
    public init(kind: ItemKind, id: String, origin: Origin, values: [Assignment]) {
        self.kind = kind
        self.id = id
        self.origin = origin
        self.values = values
    }
}

/// A field that both plans set, to different values; the plan keeps `ours` unless the merge
/// takes theirs.
public struct Conflict: Sendable, Equatable {
    public var kind: ItemKind
    public var id: String
    public var key: String
    public var ours: FieldValue?
    public var theirs: FieldValue?
    public init(_ kind: ItemKind, _ id: String, _ key: String, ours: FieldValue?, theirs: FieldValue?) {
        self.kind = kind
        self.id = id
        self.key = key
        self.ours = ours
        self.theirs = theirs
    }
}

/// Everything one merge does to the plan, worked out before it changes anything: it is shown
/// as the preview, applied as one change and kept whole by undo and the journal.
public struct MergeResult: Sendable, Equatable {
    /// The file merged, as it was named.
    public var source: String
    /// The kinds merged; `.plan` stands for the title and step 1.
    public var parts: [ItemKind]
    /// Whether their values win conflicts.
    public var theirs: Bool
    /// New items (chosen behaviours among them), in the order they are added.
    public var added: [MergedItem] = []
    /// Fields missing here that the other plan answers.
    public var fills: [Assignment] = []
    public var conflicts: [Conflict] = []

    public init(source: String, parts: [ItemKind], theirs: Bool) {
        self.source = source
        self.parts = parts
        self.theirs = theirs
    }

    /// True when the merge would change nothing.
    public var isEmpty: Bool { added.isEmpty && fills.isEmpty && (!theirs || conflicts.isEmpty) }

    /// True when the other plan holds nothing this one lacks and disagrees on nothing. A merge
    /// that keeps this plan's values changes nothing, yet its conflicts are for the room to see.
    public var bringsNothing: Bool { added.isEmpty && fills.isEmpty && conflicts.isEmpty }
}

/// Brings the items of another plan into this one.
public enum PlanMerge {
    /// The kinds a merge may take, in the order they are merged (what is referred to first).
    public static let order: [ItemKind] = [.plan, .segment, .behaviour, .concept, .impact]

    /// What merging `other` (read from `source`) into `base` does. Items that match one here by
    /// name (trimmed, case-folded) are not added again: their missing fields are filled and the
    /// fields that differ are conflicts; the others get new ids of this plan, with references
    /// remapped. Behaviours keep this plan's ranking; new ones follow it.
    public static func merge(_ other: Plan, into base: Plan, source: String, parts: Set<ItemKind>, theirs: Bool)
        -> MergeResult
    {
        var result = MergeResult(source: source, parts: order.filter(parts.contains), theirs: theirs)
        // Built in place: a copy of the plan for each item and field made a merge quadratic.
        var work = PlanBuilder(base)
        var maps: [ItemKind: [String: String]] = [:]
        for kind in order {
            // Kinds not merged still lend their matches, so a concept merged alone keeps its segment.
            guard parts.contains(kind) else {
                maps[kind] = PlanDiff.match(kind, in: base, with: other)
                continue
            }
            maps[kind] = [:]
            // Their fields and our names read through tables built once a kind: matching each of
            // their items against the whole plan again made a merge quadratic.
            let read = ItemReaders(other, kind)
            var names = NameMatcher(work.plan, kind)
            for oid in kind == .plan ? [""] : other.ids(of: kind) {
                let values = kind.fields.compactMap { f -> Assignment? in
                    let v = remap(read.value(oid, f.key), f, maps, work.plan)
                    return v.map { Assignment(kind, oid, f.key, $0) }
                }
                if let here = kind == .plan ? "" : names.match(oid, key: read.name(oid).matchKey) {
                    maps[kind]?[oid] = here
                    // The names already match; how each table spelt them is no conflict.
                    for var v in values where v.key != kind.nameField?.key {
                        v.id = here
                        // The plan itself has no place in a list: 0 stands for it.
                        let ours = work.plan.value(kind, at: names.position[here] ?? 0, v.key)
                        if ours == nil {
                            guard (try? work.set(kind, here, v.key, v.value)) != nil else { continue }
                            result.fills.append(v)
                        } else if !PlanDiff.same(ours, v.value) {
                            result.conflicts.append(Conflict(kind, here, v.key, ours: ours, theirs: v.value))
                            if theirs { try? work.set(kind, here, v.key, v.value) }
                        }
                    }
                } else {
                    let id = work.plan.nextId(kind) ?? oid
                    let item = MergedItem(
                        kind: kind, id: id, origin: Origin(file: source.fileName, id: oid),
                        values: values.map { Assignment(kind, id, $0.key, $0.value) })
                    guard (try? work.insert(item)) != nil else { continue }
                    names.add(id, in: work.plan)
                    maps[kind]?[oid] = id
                    result.added.append(item)
                }
            }
        }
        return result
    }

    /// A value of the other plan in this plan's terms: references through the matches, behaviours
    /// only those chosen here; nil when nothing of it is here.
    static func remap(_ value: FieldValue?, _ field: FieldInfo, _ maps: [ItemKind: [String: String]], _ plan: Plan)
        -> FieldValue?
    {
        if case .behaviours(let list)? = value {
            let chosen = list.filter { plan.choice($0) != nil }
            return chosen.isEmpty ? nil : .behaviours(chosen)
        }
        return PlanDiff.remap(value, field, maps)
    }

    /// The plan with a merge carried out; throws when it does not fit the plan (a journal
    /// replayed onto another plan).
    static func apply(_ r: MergeResult, to plan: Plan) throws(PlanError) -> Plan {
        var p = PlanBuilder(plan)
        for item in r.added { try p.insert(item) }
        for v in r.fills + (r.theirs ? r.conflicts.map { Assignment($0.kind, $0.id, $0.key, $0.theirs) } : []) {
            try p.set(v.kind, v.id, v.key, v.value)
        }
        return p.plan
    }
}

/// One plan's items of one kind by name, kept up to date as a merge adds items: an item of the
/// other plan is matched as `PlanDiff.match` would match it alone against the plan so far.
struct NameMatcher {
    let kind: ItemKind
    /// Each id's name key and place in its list (the first item with the id, as a search finds).
    private var keys: [String: String] = [:]
    private(set) var position: [String: Int] = [:]
    /// The first item with each name key.
    private var first: [String: String] = [:]
    private var count = 0

    init(_ plan: Plan, _ kind: ItemKind) {
        self.kind = kind
        let read = ItemReaders(plan, kind)
        for id in plan.ids(of: kind) { note(id, read.name(id).matchKey) }
    }

    /// The item with the same id and name, else the first with the same name.
    func match(_ id: String, key: String) -> String? { keys[id] == key ? id : first[key] }

    /// Takes in the item just added at the end of `plan`'s list.
    mutating func add(_ id: String, in plan: Plan) {
        let name = kind.nameField.flatMap { f -> String? in
            if case .text(let s)? = plan.value(kind, at: count, f.key) { return s }
            return nil
        }
        note(id, (name ?? id).matchKey)
    }

    private mutating func note(_ id: String, _ key: String) {
        // A repeated id keeps its first item's name and place.
        let key = keys[id] ?? key
        if keys[id] == nil { (keys[id], position[id]) = (key, count) }
        if first[key] == nil { first[key] = id }
        count += 1
    }
}

extension Plan {
    /// A field of the item at a place in its list, read there: `value(_:_:_:)` searches by id.
    func value(_ kind: ItemKind, at i: Int, _ key: String) -> FieldValue? {
        func get<Item>(_ item: Item, _ fields: [Field<Item>]) -> FieldValue? {
            fields.first { $0.info.key == key }?.get(item)
        }
        switch kind {
        case .plan: return get(self, Plan.fields)
        case .segment: return get(segments[i], Segment.fields)
        case .behaviour: return get(behaviours[i], BehaviourChoice.fields)
        case .concept: return get(concepts[i], Concept.fields)
        case .impact: return get(impacts[i], Impact.fields)
        }
    }

    /// The id the next item of a kind gets; nil for kinds named otherwise.
    func nextId(_ kind: ItemKind) -> String? {
        switch kind {
        case .segment: "s\(nextIds.segment)"
        case .concept: "c\(nextIds.concept)"
        case .impact: "i\(nextIds.impact)"
        case .plan, .behaviour: nil
        }
    }
}
