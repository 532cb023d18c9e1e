/// Warning: no impact measures a concept, so nobody will know whether it worked.
struct ConceptIsMeasured: PlanCheck {
    static let code = "CN506"
    static let messages = ["unmeasured"]
    static let severity = Severity.warning
    func findings(in plan: Plan, context: CheckContext) -> [Finding] {
        let measured = Set(plan.impacts.compactMap(\.concept))
        // The ids alone: a concept taken out of the array is a copy of all its texts.
        return plan.concepts.indices.map { plan.concepts[$0].id }.filter { !measured.contains($0) }.map {
            finding($0, "unmeasured", ["id": $0])
        }
    }
}
