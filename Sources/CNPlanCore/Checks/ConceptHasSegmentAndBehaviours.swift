/// Error: a concept does not name its segment or the behaviours it rests on.
struct ConceptHasSegmentAndBehaviours: PlanCheck {
    static let code = "CN402"
    static let messages = ["noSegment", "noBehaviour"]
    static let severity = Severity.error
    func findings(in plan: Plan, context: CheckContext) -> [Finding] {
        plan.concepts.flatMap { c -> [Finding] in
            var out: [Finding] = []
            if c.segment == nil { out.append(finding(c.id, "noSegment", ["id": c.id])) }
            if c.uses.isEmpty { out.append(finding(c.id, "noBehaviour", ["id": c.id])) }
            return out
        }
    }
}
