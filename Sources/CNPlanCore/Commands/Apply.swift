/// Applies one change to a plan and returns the changed plan; the plan given is never altered.
/// Throws when the change would break the plan's rules (unknown ids, unchosen behaviours,
/// removing what something else refers to, a number too large to keep).
public func apply(_ edit: Edit, to plan: Plan) throws(PlanError) -> Plan {
    var p = plan
    switch edit {
    case .set(let kind, let id, let key, let value):
        guard let field = kind.field(key) else { throw .unknownWord(key, expected: .field(kind), suggestion: nil) }
        try p.check(value, for: field, of: id)
        try p.set(kind, at: p.index(kind, id), key, value)
    case .add(let kind, let name):
        guard !name.trimmingSpaces.isEmpty else { throw .emptyName(kind) }
        switch kind {
        case .segment:
            p.segments.append(Segment(id: "s\(p.nextIds.segment)", name: name))
            p.nextIds.segment += 1
        case .concept:
            var c = Concept(id: "c\(p.nextIds.concept)", title: name)
            // With one segment there is nothing to choose: the concept is for it.
            if p.segments.count == 1 { c.segment = p.segments[0].id }
            p.concepts.append(c)
            p.nextIds.concept += 1
        case .impact:
            var m = Impact(id: "i\(p.nextIds.impact)", metric: name)
            if p.concepts.count == 1 { m.concept = p.concepts[0].id }
            p.impacts.append(m)
            p.nextIds.impact += 1
        case .plan, .behaviour:
            throw .unknownWord(kind.rawValue, expected: .subcommand(kind), suggestion: nil)
        }
    case .remove(let kind, let id):
        let i = try p.index(kind, id)
        let users = p.references(to: kind, id)
        guard users.isEmpty else { throw .inUse(kind, id: id, by: users) }
        switch kind {
        case .segment: p.segments.remove(at: i)
        case .behaviour: p.behaviours.remove(at: i)
        case .concept: p.concepts.remove(at: i)
        case .impact: p.impacts.remove(at: i)
        case .plan: break
        }
    case .choose(let names):
        try distinct(names)
        for b in names where p.choice(b) != nil { throw .alreadyChosen(b) }
        p.behaviours += names.map { BehaviourChoice(name: $0) }
    case .rank(let names):
        try distinct(names)
        var first: [BehaviourChoice] = []
        for b in names { first.append(p.behaviours[try p.index(.behaviour, b.rawValue)]) }
        p.behaviours = first + p.behaviours.filter { !names.contains($0.name) }
    case .setLanguage(let code):
        guard Language.named(code) != nil else { throw .unknownLanguage(code) }
        p.language = code
    case .batch(let edits):
        for e in edits { p = try apply(e, to: p) }
    case .merge(let result): p = try PlanMerge.apply(result, to: p)
    case .vote(let v): try applyVote(v, to: &p)
    case .checkIn(let id, let checkIn):
        guard checkIn.date.day != nil else { throw .badDay(checkIn.date.description) }
        guard checkIn.value.isFinite else { throw .unwritableNumber(impact: id) }
        let i = try p.index(.impact, id)
        p.impacts[i] = p.impacts[i].recording(checkIn)
    case .removeCheckIn(let id, let date):
        let i = try p.index(.impact, id)
        guard p.impacts[i].actuals.contains(where: { $0.date == date }) else {
            throw .noCheckIn(impact: id, date: date.description)
        }
        p.impacts[i].actuals.removeAll { $0.date == date }
    }
    return p
}

/// Gives an item's field a value, by the field's key.
extension Plan {
    /// Sets a field of the item at `i` in its kind's list (the plan's own fields for `.plan`), once
    /// `check` has passed. The one rule read after the change, an impact's target resolving to a
    /// finite number, puts the item back as it was and throws.
    mutating func set(_ kind: ItemKind, at i: Int, _ key: String, _ value: FieldValue?) throws(PlanError) {
        switch kind {
        case .plan: try setField(&self, Plan.fields, key, value)
        case .segment: try setField(&segments[i], Segment.fields, key, value)
        case .behaviour: try setField(&behaviours[i], BehaviourChoice.fields, key, value)
        case .concept: try setField(&concepts[i], Concept.fields, key, value)
        case .impact:
            let before = impacts[i]
            try setField(&impacts[i], Impact.fields, key, value)
            if let t = impacts[i].resolvedTarget, !t.isFinite {
                impacts[i] = before
                throw .unwritableNumber(impact: impacts[i].id)
            }
        }
    }
}

func setField<Item>(_ item: inout Item, _ fields: [Field<Item>], _ key: String, _ value: FieldValue?)
    throws(PlanError)
{
    guard let field = fields.first(where: { $0.info.key == key }) else { return }
    field.set(&item, value)
}

private func distinct(_ names: [Behaviour]) throws(PlanError) {
    var seen = Set<Behaviour>()
    for b in names where !seen.insert(b).inserted { throw .repeated(b.rawValue) }
}

extension Plan {
    /// The position of an item in its list; throws when there is none with that id.
    func index(_ kind: ItemKind, _ id: String) throws(PlanError) -> Int { try found(position(kind, id), kind, id) }

    /// The position of the first item with an id, searched for; 0 for the plan itself.
    func position(_ kind: ItemKind, _ id: String) -> Int? {
        switch kind {
        case .plan: 0
        case .segment: segments.firstIndex { $0.id == id }
        case .behaviour: behaviours.firstIndex { $0.name.rawValue == id }
        case .concept: concepts.firstIndex { $0.id == id }
        case .impact: impacts.firstIndex { $0.id == id }
        }
    }

    /// A position found, else the error that says no item has the id.
    func found(_ position: Int?, _ kind: ItemKind, _ id: String) throws(PlanError) -> Int {
        guard let position else {
            if kind == .behaviour, let b = Behaviour(rawValue: id) { throw .notChosen(b) }
            throw .noSuchItem(kind, id: id, known: ids(of: kind))
        }
        return position
    }

    /// The ids of a kind's items, in order.
    public func ids(of kind: ItemKind) -> [String] {
        switch kind {
        case .plan: []
        case .segment: segments.map(\.id)
        case .behaviour: behaviours.map(\.name.rawValue)
        case .concept: concepts.map(\.id)
        case .impact: impacts.map(\.id)
        }
    }

    /// The items whose fields refer to an item.
    func references(to kind: ItemKind, _ id: String) -> [ItemLabel] {
        switch kind {
        case .segment: concepts.filter { $0.segment == id }.map(\.label)
        case .behaviour: concepts.filter { $0.uses.contains { $0.rawValue == id } }.map(\.label)
        case .concept: impacts.filter { $0.concept == id }.map(\.label)
        case .impact, .plan: []
        }
    }

    /// Refuses a value the plan cannot hold: an empty name, an id or behaviour that is not
    /// there, a score out of range, a relative target without a baseline.
    func check(_ value: FieldValue?, for field: FieldInfo, of id: String) throws(PlanError) {
        try check(value, for: field, of: id, find: position)
    }

    /// The same, with items found by `find`: a merge keeps their positions in tables.
    func check(_ value: FieldValue?, for field: FieldInfo, of id: String, find: (ItemKind, String) -> Int?)
        throws(PlanError)
    {
        func index(_ kind: ItemKind, _ id: String) throws(PlanError) -> Int { try found(find(kind, id), kind, id) }
        _ = try index(field.kind, id)
        switch (field.type, value) {
        case (.name, .text(let s)?): if s.trimmingSpaces.isEmpty { throw .emptyName(field.kind) }
        case (.name, _): throw .emptyName(field.kind)
        case (.reference(let kind), .reference(let ref)?): _ = try index(kind, ref)
        case (.behaviours, .behaviours(let names)?):
            try distinct(names)
            for b in names where choice(b) == nil { throw .notChosen(b) }
        case (.score, .score(let n)?):
            if !(1...5).contains(n) { throw .scoreOutOfRange(String(n), field: field.word) }
        case (.target, .target(.relative)?):
            if impacts[try index(.impact, id)].baseline == nil { throw .relativeTargetNeedsBaseline(impact: id) }
        default: break
        }
    }
}

extension Segment {
    /// `segment s1 (Owners)`, for messages.
    public var label: ItemLabel { ItemLabel(.segment, id, name) }
}

extension Concept {
    public var label: ItemLabel { ItemLabel(.concept, id, title) }
}

extension Impact {
    public var label: ItemLabel { ItemLabel(.impact, id, metric) }
}
