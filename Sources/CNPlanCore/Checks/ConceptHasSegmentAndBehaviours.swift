/// Error: a concept does not name its segment or the behaviours it rests on.
struct ConceptHasSegmentAndBehaviours: PlanCheck {
    static let code = "CN402"
    static let severity = Severity.error
    func findings(in plan: Plan, context: CheckContext) -> [Finding] {
        plan.concepts.flatMap { c -> [Finding] in
            var out: [Finding] = []
            if c.segment == nil { out.append(finding(c.id, "no segment", fix: "concept \(c.id) segment SID")) }
            if c.uses.isEmpty { out.append(finding(c.id, "rests on no behaviour", fix: "concept \(c.id) uses NAME...")) }
            return out
        }
    }
}
