/// Error: an impact lacks the baseline or the target that make it measurable.
struct ImpactHasBaselineAndTarget: PlanCheck {
    static let code = "CN502"
    static let messages = ["noBaseline", "noTarget"]
    static let severity = Severity.error
    func findings(in plan: Plan, context: CheckContext) -> [Finding] {
        plan.impacts.flatMap { m -> [Finding] in
            var out: [Finding] = []
            if m.baseline == nil { out.append(finding(m.id, "noBaseline", ["id": m.id])) }
            if m.target == nil { out.append(finding(m.id, "noTarget", ["id": m.id])) }
            return out
        }
    }
}
