/// Error: an impact lacks the baseline or the target that make it measurable.
struct ImpactHasBaselineAndTarget: PlanCheck {
    static let code = "CN502"
    static let messages = ["noBaseline", "noTarget"]
    static let severity = Severity.error
    func findings(in plan: Plan, context: CheckContext) -> [Finding] {
        // A loop, not an array per impact: this check runs on every export.
        var found: [Finding] = []
        for m in plan.impacts {
            if m.baseline == nil { found.append(finding(m.id, "noBaseline", ["id": m.id])) }
            if m.target == nil { found.append(finding(m.id, "noTarget", ["id": m.id])) }
        }
        return found
    }
}
