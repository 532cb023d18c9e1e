/// Warning: an impact's date has already passed.
struct ImpactDateIsAhead: PlanCheck {
    static let code = "CN505"
    static let severity = Severity.warning
    func findings(in plan: Plan, context: CheckContext) -> [Finding] {
        plan.impacts.filter { $0.by.map { $0 < context.today } ?? false }.map {
            finding($0.id, "its date \($0.by!) has passed", fix: "impact \($0.id) by YYYY-MM-DD")
        }
    }
}
