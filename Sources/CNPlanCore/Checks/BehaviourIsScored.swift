/// Warning: a chosen behaviour has no value or effort score, so the ranking rests on nothing.
struct BehaviourIsScored: PlanCheck {
    static let code = "CN303"
    static let messages = ["unscored"]
    static let severity = Severity.warning
    func findings(in plan: Plan, context: CheckContext) -> [Finding] {
        plan.behaviours.filter { $0.value == nil || $0.effort == nil }.map {
            finding($0.name.rawValue, "unscored", ["behaviour": $0.name.rawValue])
        }
    }
}
