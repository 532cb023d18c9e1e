/// Error: the plan quantifies no impact (step 5).
struct HasImpact: PlanCheck {
    static let code = "CN501"
    static let messages = ["none"]
    static let severity = Severity.error
    func findings(in plan: Plan, context: CheckContext) -> [Finding] {
        plan.impacts.isEmpty ? [finding("", "none")] : []
    }
}
