/// Error: the plan has no customer-facing objective (step 1).
struct HasObjective: PlanCheck {
    static let code = "CN101"
    static let messages = ["none"]
    static let severity = Severity.error
    func findings(in plan: Plan, context: CheckContext) -> [Finding] {
        plan.objective.statement == nil ? [finding("", "none")] : []
    }
}
