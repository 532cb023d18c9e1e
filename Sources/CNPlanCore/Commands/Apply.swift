/// Applies one change to a plan and returns the changed plan; the plan given is never altered.
/// Throws when the change would break the plan's rules (unknown ids, unchosen behaviours,
/// removing what something else refers to).
public func apply(_ edit: Edit, to plan: Plan) throws(PlanError) -> Plan {
    var p = plan
    switch edit {
    case .setTitle(let t): p.title = t
    case .setObjective(let t): p.objective.statement = t
    case .setDataGoal(let t): p.objective.dataGoal = t

    case .addSegment(let name):
        try nonEmpty(name, "segment name")
        p.segments.append(Segment(id: "s\(p.nextIds.segment)", name: name))
        p.nextIds.segment += 1
    case .setSegmentText(let id, let field, let text):
        let i = try p.segmentIndex(id)
        switch field {
        case .name: try nonEmpty(text, "segment name"); p.segments[i].name = text!
        case .why: p.segments[i].why = text
        case .need: p.segments[i].need = text
        case .value: p.segments[i].value = text
        case .barriers: p.segments[i].barriers = text
        }
    case .setSegmentRole(let id, let role):
        p.segments[try p.segmentIndex(id)].role = role
    case .removeSegment(let id):
        let i = try p.segmentIndex(id)
        let users = p.concepts.filter { $0.segment == id }.map(\.label)
        guard users.isEmpty else { throw .inUse(item: "segment \(id)", by: users) }
        p.segments.remove(at: i)

    case .addBehaviours(let names):
        try distinct(names)
        for b in names where p.choice(b) != nil { throw .alreadyChosen(b) }
        p.behaviours += names.map { BehaviourChoice(name: $0) }
    case .setBehaviourWhy(let b, let text):
        p.behaviours[try p.behaviourIndex(b)].why = text
    case .setBehaviourScore(let b, let kind, let n):
        guard (1...5).contains(n) else { throw .scoreOutOfRange(String(n), what: kind.rawValue) }
        let i = try p.behaviourIndex(b)
        if kind == .value { p.behaviours[i].value = n } else { p.behaviours[i].effort = n }
    case .rankBehaviours(let names):
        try distinct(names)
        var first: [BehaviourChoice] = []
        for b in names { first.append(p.behaviours[try p.behaviourIndex(b)]) }
        p.behaviours = first + p.behaviours.filter { !names.contains($0.name) }
    case .removeBehaviour(let b):
        let i = try p.behaviourIndex(b)
        let users = p.concepts.filter { $0.uses.contains(b) }.map(\.label)
        guard users.isEmpty else { throw .inUse(item: "behaviour \(b.rawValue)", by: users) }
        p.behaviours.remove(at: i)

    case .addConcept(let title):
        try nonEmpty(title, "concept title")
        var c = Concept(id: "c\(p.nextIds.concept)", title: title)
        // With one segment there is nothing to choose: the concept is for it.
        if p.segments.count == 1 { c.segment = p.segments[0].id }
        p.concepts.append(c)
        p.nextIds.concept += 1
    case .setConceptSegment(let id, let segment):
        let i = try p.conceptIndex(id)
        _ = try p.segmentIndex(segment)
        p.concepts[i].segment = segment
    case .setConceptUses(let id, let names):
        let i = try p.conceptIndex(id)
        try distinct(names)
        for b in names where p.choice(b) == nil { throw .notChosen(b) }
        p.concepts[i].uses = names
    case .setConceptText(let id, let field, let text):
        let i = try p.conceptIndex(id)
        switch field {
        case .title: try nonEmpty(text, "concept title"); p.concepts[i].title = text!
        case .description: p.concepts[i].description = text
        case .customerValue: p.concepts[i].customerValue = text
        case .orgValue: p.concepts[i].orgValue = text
        }
    case .removeConcept(let id):
        let i = try p.conceptIndex(id)
        let users = p.impacts.filter { $0.concept == id }.map(\.label)
        guard users.isEmpty else { throw .inUse(item: "concept \(id)", by: users) }
        p.concepts.remove(at: i)

    case .addImpact(let metric):
        try nonEmpty(metric, "metric")
        var m = Impact(id: "i\(p.nextIds.impact)", metric: metric)
        if p.concepts.count == 1 { m.concept = p.concepts[0].id }
        p.impacts.append(m)
        p.nextIds.impact += 1
    case .setImpactBaseline(let id, let n):
        p.impacts[try p.impactIndex(id)].baseline = n
    case .setImpactTarget(let id, let target):
        let i = try p.impactIndex(id)
        if case .relative = target, p.impacts[i].baseline == nil { throw .relativeTargetNeedsBaseline(impact: id) }
        p.impacts[i].target = target
    case .setImpactText(let id, let field, let text):
        let i = try p.impactIndex(id)
        switch field {
        case .metric: try nonEmpty(text, "metric"); p.impacts[i].metric = text!
        case .unit: p.impacts[i].unit = text
        }
    case .setImpactBy(let id, let date):
        p.impacts[try p.impactIndex(id)].by = date
    case .setImpactConcept(let id, let concept):
        let i = try p.impactIndex(id)
        _ = try p.conceptIndex(concept)
        p.impacts[i].concept = concept
    case .removeImpact(let id):
        p.impacts.remove(at: try p.impactIndex(id))
    }
    return p
}

private func nonEmpty(_ text: String?, _ what: String) throws(PlanError) {
    guard let text, !text.trimmingSpaces.isEmpty else { throw .emptyText(what: what) }
}

private func distinct(_ names: [Behaviour]) throws(PlanError) {
    var seen = Set<Behaviour>()
    for b in names where !seen.insert(b).inserted { throw .repeated(b.rawValue) }
}

extension Plan {
    func segmentIndex(_ id: String) throws(PlanError) -> Int {
        guard let i = segments.firstIndex(where: { $0.id == id }) else {
            throw .noSuchItem(kind: "segment", id: id, known: segments.map(\.id))
        }
        return i
    }

    func conceptIndex(_ id: String) throws(PlanError) -> Int {
        guard let i = concepts.firstIndex(where: { $0.id == id }) else {
            throw .noSuchItem(kind: "concept", id: id, known: concepts.map(\.id))
        }
        return i
    }

    func impactIndex(_ id: String) throws(PlanError) -> Int {
        guard let i = impacts.firstIndex(where: { $0.id == id }) else {
            throw .noSuchItem(kind: "impact", id: id, known: impacts.map(\.id))
        }
        return i
    }

    func behaviourIndex(_ b: Behaviour) throws(PlanError) -> Int {
        guard let i = behaviours.firstIndex(where: { $0.name == b }) else { throw .notChosen(b) }
        return i
    }
}

extension Concept {
    /// `concept c1 (Repair mini-app)`, for messages.
    public var label: String { "concept \(id) (\(title))" }
}

extension Impact {
    /// `impact i1 (First response time)`, for messages.
    public var label: String { "impact \(id) (\(metric))" }
}

extension Segment {
    public var label: String { "segment \(id) (\(name))" }
}
