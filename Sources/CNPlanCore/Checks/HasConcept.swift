/// Error: the plan has no solution concept (step 4).
struct HasConcept: PlanCheck {
    static let code = "CN401"
    static let messages = ["none"]
    static let severity = Severity.error
    func findings(in plan: Plan, context: CheckContext) -> [Finding] {
        plan.concepts.isEmpty ? [finding("", "none")] : []
    }
}
