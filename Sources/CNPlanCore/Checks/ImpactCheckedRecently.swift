/// Info: an impact under way has gone longer than the context's interval without a check-in:
/// since its latest one, or, with none, since the plan's start (its date, or the plan's first
/// check-in). Impacts whose date has passed are CN511's.
struct ImpactCheckedRecently: PlanCheck {
    static let code = "CN512"
    static let messages = ["stale", "never"]
    static let severity = Severity.info
    func findings(in plan: Plan, context: CheckContext) -> [Finding] {
        let firstCheckIn = plan.impacts.compactMap { $0.actuals.first?.date }.min()
        guard let start = plan.startDate ?? firstCheckIn else { return [] }
        let today = context.today.dayNumber
        let days = String(context.checkInDays)
        return plan.impacts.compactMap { m in
            if let by = m.by, by < context.today { return nil }
            let since = m.latest?.date ?? start
            guard today - since.dayNumber > context.checkInDays else { return nil }
            guard let last = m.latest else {
                return finding(m.id, "never", ["id": m.id, "date": start.description, "days": days])
            }
            return finding(m.id, "stale", ["id": m.id, "date": last.date.description, "days": days])
        }
    }
}
