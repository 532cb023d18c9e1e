/// Warning: no impact measures a concept, so nobody will know whether it worked.
struct ConceptIsMeasured: PlanCheck {
    static let code = "CN506"
    static let severity = Severity.warning
    func findings(in plan: Plan, context: CheckContext) -> [Finding] {
        let measured = Set(plan.impacts.compactMap(\.concept))
        return plan.concepts.filter { !measured.contains($0.id) }.map {
            finding($0.id, "no impact measures this concept", fix: "impact IID concept \($0.id)")
        }
    }
}
