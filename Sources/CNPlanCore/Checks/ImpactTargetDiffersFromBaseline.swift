/// Warning: an impact's target equals its baseline: nothing would change.
struct ImpactTargetDiffersFromBaseline: PlanCheck {
    static let code = "CN503"
    static let messages = ["same"]
    static let severity = Severity.warning
    func findings(in plan: Plan, context: CheckContext) -> [Finding] {
        plan.impacts.filter { $0.baseline != nil && $0.baseline == $0.resolvedTarget }.map {
            finding($0.id, "same", ["id": $0.id])
        }
    }
}
