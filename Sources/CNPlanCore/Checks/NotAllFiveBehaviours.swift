/// Warning: all five behaviours are chosen; the method advises focus.
struct NotAllFiveBehaviours: PlanCheck {
    static let code = "CN302"
    static let messages = ["allFive"]
    static let severity = Severity.warning
    func findings(in plan: Plan, context: CheckContext) -> [Finding] {
        plan.behaviours.count == Behaviour.allCases.count
            ? [finding("", "allFive")] : []
    }
}
