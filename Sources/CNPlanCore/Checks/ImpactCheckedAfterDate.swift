/// Warning: in a plan that is being checked in on, an impact's target date has passed and no
/// check-in says where it ended. A plan without check-ins has CN505 for a passed date.
struct ImpactCheckedAfterDate: PlanCheck {
    static let code = "CN511"
    static let messages = ["unchecked"]
    static let severity = Severity.warning
    func findings(in plan: Plan, context: CheckContext) -> [Finding] {
        guard plan.impacts.contains(where: { !$0.actuals.isEmpty }) else { return [] }
        return plan.impacts.compactMap { m in
            guard let by = m.by, by < context.today, !m.actuals.contains(where: { !($0.date < by) }) else { return nil }
            return finding(m.id, "unchecked", ["id": m.id, "date": by.description])
        }
    }
}
