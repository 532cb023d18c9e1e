/// Error: a concept does not name its segment or the behaviours it rests on.
struct ConceptHasSegmentAndBehaviours: PlanCheck {
    static let code = "CN402"
    static let messages = ["noSegment", "noBehaviour"]
    static let severity = Severity.error
    func findings(in plan: Plan, context: CheckContext) -> [Finding] {
        // A loop, not an array per concept: this check runs on every export.
        var found: [Finding] = []
        for c in plan.concepts {
            if c.segment == nil { found.append(finding(c.id, "noSegment", ["id": c.id])) }
            if c.uses.isEmpty { found.append(finding(c.id, "noBehaviour", ["id": c.id])) }
        }
        return found
    }
}
