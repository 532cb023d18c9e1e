/// Warning: an impact's date has already passed.
struct ImpactDateIsAhead: PlanCheck {
    static let code = "CN505"
    static let messages = ["passed"]
    static let severity = Severity.warning
    func findings(in plan: Plan, context: CheckContext) -> [Finding] {
        plan.impacts.compactMap { m in
            guard let by = m.by, by < context.today else { return nil }
            return finding(m.id, "passed", ["id": m.id, "date": by.description])
        }
    }
}
