/// Warning: a chosen behaviour has no value or effort score, so the ranking rests on nothing.
struct BehaviourIsScored: PlanCheck {
    static let code = "CN303"
    static let severity = Severity.warning
    func findings(in plan: Plan, context: CheckContext) -> [Finding] {
        plan.behaviours.filter { $0.value == nil || $0.effort == nil }.map {
            finding($0.name.rawValue, "no value or effort score", fix: "behaviour \($0.name.rawValue) value 1-5, behaviour \($0.name.rawValue) effort 1-5")
        }
    }
}
