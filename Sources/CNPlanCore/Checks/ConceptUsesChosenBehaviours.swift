/// Error: a concept rests on a behaviour that step 3 did not choose.
struct ConceptUsesChosenBehaviours: PlanCheck {
    static let code = "CN403"
    static let messages = ["notChosen"]
    static let severity = Severity.error
    func findings(in plan: Plan, context: CheckContext) -> [Finding] {
        // A loop, not a filter per concept: this check runs on every export.
        var found: [Finding] = []
        for c in plan.concepts {
            for b in c.uses where plan.rank(of: b) == nil {
                found.append(finding(c.id, "notChosen", ["behaviour": b.rawValue]))
            }
        }
        return found
    }
}
