/// Error: no behaviour mode is chosen (step 3, the heart of the method).
struct HasBehaviour: PlanCheck {
    static let code = "CN301"
    static let messages = ["none"]
    static let severity = Severity.error
    func findings(in plan: Plan, context: CheckContext) -> [Finding] {
        plan.behaviours.isEmpty ? [finding("", "none")] : []
    }
}
