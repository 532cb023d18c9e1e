/// Warning: every impact that measures a concept is behind its line (or missed): the concept
/// itself may need rethinking, not only the figures.
struct ConceptNotAllBehind: PlanCheck {
    static let code = "CN513"
    static let messages = ["allBehind"]
    static let severity = Severity.warning
    func findings(in plan: Plan, context: CheckContext) -> [Finding] {
        let progress = ImpactProgress.all(in: plan, today: context.today)
        return plan.concepts.compactMap { c in
            let states = progress.filter { $0.impact.concept == c.id }.map(\.state)
            guard !states.isEmpty, states.allSatisfy({ $0 == .behind || $0 == .missed }) else { return nil }
            return finding(c.id, "allBehind", ["id": c.id, "title": c.title, "n": String(states.count)])
        }
    }
}
