/// Warning: the plan sets no higher-level data-collection goal (step 1).
struct HasDataGoal: PlanCheck {
    static let code = "CN102"
    static let messages = ["none"]
    static let severity = Severity.warning
    func findings(in plan: Plan, context: CheckContext) -> [Finding] {
        plan.objective.dataGoal == nil ? [finding("", "none")] : []
    }
}
