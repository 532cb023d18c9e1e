/// A plan a merge changes in place, with the position of each id in its list: adding each item
/// to a copy of the plan, and finding it by a search for each of its fields, made merging n new
/// items take n² steps. Each change does what `apply` does and throws what it throws; one that
/// throws leaves the plan exactly as it was.
struct PlanBuilder {
    private(set) var plan: Plan
    /// The position of the first item with each id, as a search finds it.
    private var positions: [ItemKind: [String: Int]] = [:]

    init(_ plan: Plan) {
        self.plan = plan
        for kind in [ItemKind.segment, .behaviour, .concept, .impact] {
            var table: [String: Int] = [:]
            for (i, id) in plan.ids(of: kind).enumerated() where table[id] == nil { table[id] = i }
            positions[kind] = table
        }
    }

    func position(_ kind: ItemKind, _ id: String) -> Int? { kind == .plan ? 0 : positions[kind]?[id] }

    /// `apply(.set(kind, id: id, field: key, value: value))`, in place.
    mutating func set(_ kind: ItemKind, _ id: String, _ key: String, _ value: FieldValue?) throws(PlanError) {
        guard let field = kind.field(key) else { throw .unknownWord(key, expected: .field(kind), suggestion: nil) }
        try plan.check(value, for: field, of: id, find: { position($0, $1) })
        // The check found the item.
        try plan.set(kind, at: position(kind, id) ?? 0, key, value)
    }

    /// Adds a merged item under its id and gives it its values; its id's counter moves past it.
    mutating func insert(_ item: MergedItem) throws(PlanError) {
        let kind = item.kind
        let n = Int(item.id.dropFirst()) ?? 0
        let nameKey = kind.nameField?.key
        let name = item.values.first { $0.key == nameKey }.flatMap { v -> String? in
            if case .text(let s)? = v.value { return s }
            return nil
        }
        if kind != .behaviour, kind != .plan, position(kind, item.id) != nil { throw .repeated(item.id) }
        let counters = plan.nextIds
        // A copy of the plan would make the list's next append copy it whole: kept only for the
        // plan's own fields.
        let before = kind == .plan ? plan : nil
        /// The new item with the origin the merge gives it.
        func merged<Item: PlanItem>(_ new: Item) -> Item {
            var new = new
            new.origin = item.origin
            return new
        }
        switch kind {
        case .segment:
            plan.segments.append(merged(Segment(id: item.id, name: name ?? item.id)))
            plan.nextIds.segment = max(plan.nextIds.segment, n + 1)
        case .concept:
            plan.concepts.append(merged(Concept(id: item.id, title: name ?? item.id)))
            plan.nextIds.concept = max(plan.nextIds.concept, n + 1)
        case .impact:
            plan.impacts.append(merged(Impact(id: item.id, metric: name ?? item.id)))
            plan.nextIds.impact = max(plan.nextIds.impact, n + 1)
        case .behaviour:
            guard let b = Behaviour(rawValue: item.id) else { throw .unknownBehaviour(item.id, suggestion: nil) }
            if plan.choice(b) != nil { throw .alreadyChosen(b) }
            plan.behaviours.append(merged(BehaviourChoice(name: b)))
        case .plan: break
        }
        if kind != .plan { positions[kind]?[item.id] = plan.count(of: kind) - 1 }
        do {
            for v in item.values where v.key != nameKey { try set(kind, item.id, v.key, v.value) }
        } catch {
            // Only the new item was changed (a failed set changes nothing): it goes, and the
            // counter moves back. The plan's own fields are put back whole.
            switch kind {
            case .segment: plan.segments.removeLast()
            case .behaviour: plan.behaviours.removeLast()
            case .concept: plan.concepts.removeLast()
            case .impact: plan.impacts.removeLast()
            case .plan: if let before { plan = before }
            }
            positions[kind]?[item.id] = nil
            plan.nextIds = counters
            throw error
        }
    }
}

extension Plan {
    /// How many items of a kind the plan holds.
    fileprivate func count(of kind: ItemKind) -> Int {
        switch kind {
        case .plan: 0
        case .segment: segments.count
        case .behaviour: behaviours.count
        case .concept: concepts.count
        case .impact: impacts.count
        }
    }
}
