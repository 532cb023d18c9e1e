/// Warning: every impact that measures a concept is behind its line (or missed): the concept
/// itself may need rethinking, not only the figures.
struct ConceptNotAllBehind: PlanCheck {
    static let code = "CN513"
    static let messages = ["allBehind"]
    static let severity = Severity.warning
    func findings(in plan: Plan, context: CheckContext) -> [Finding] {
        // An impact has a state only once it has a check-in: before the first, nothing is behind.
        guard plan.impacts.contains(where: { !$0.actuals.isEmpty }) else { return [] }
        // Grouped once by concept: filtering every impact for every concept was quadratic.
        var states: [String: [TrackState?]] = [:]
        for p in ImpactProgress.all(in: plan, today: context.today) {
            if let c = p.impact.concept { states[c, default: []].append(p.state) }
        }
        return plan.concepts.compactMap { c in
            let states = states[c.id] ?? []
            guard !states.isEmpty, states.allSatisfy({ $0 == .behind || $0 == .missed }) else { return nil }
            return finding(c.id, "allBehind", ["id": c.id, "title": c.title, "n": String(states.count)])
        }
    }
}
