/// Warning: with three or more behaviours ranked, every behaviour a concept rests on is in the
/// lower half of the ranking.
struct ConceptRestsOnTopBehaviours: PlanCheck {
    static let code = "CN404"
    static let messages = ["lowRanked"]
    static let severity = Severity.warning
    func findings(in plan: Plan, context: CheckContext) -> [Finding] {
        let n = plan.behaviours.count
        guard n >= 3 else { return [] }
        let top = (n + 1) / 2
        return plan.concepts.filter { c in
            !c.uses.isEmpty && c.uses.allSatisfy { (plan.rank(of: $0) ?? 0) > top }
        }.map { finding($0.id, "lowRanked", ["id": $0.id]) }
    }
}
