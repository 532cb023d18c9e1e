/// Warning: no impact measures a concept, so nobody will know whether it worked.
struct ConceptIsMeasured: PlanCheck {
    static let code = "CN506"
    static let messages = ["unmeasured"]
    static let severity = Severity.warning
    func findings(in plan: Plan, context: CheckContext) -> [Finding] {
        let measured = Set(plan.impacts.compactMap(\.concept))
        return plan.concepts.filter { !measured.contains($0.id) }.map { finding($0.id, "unmeasured", ["id": $0.id]) }
    }
}
