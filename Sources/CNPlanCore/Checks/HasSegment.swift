/// Error: no customer segment is chosen (step 2).
struct HasSegment: PlanCheck {
    static let code = "CN201"
    static let messages = ["none"]
    static let severity = Severity.error
    func findings(in plan: Plan, context: CheckContext) -> [Finding] {
        plan.segments.isEmpty ? [finding("", "none")] : []
    }
}
