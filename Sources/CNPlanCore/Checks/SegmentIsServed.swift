/// Warning: no concept serves a segment, so the plan does nothing for it.
struct SegmentIsServed: PlanCheck {
    static let code = "CN204"
    static let severity = Severity.warning
    func findings(in plan: Plan, context: CheckContext) -> [Finding] {
        guard !plan.concepts.isEmpty else { return [] }
        let served = Set(plan.concepts.compactMap(\.segment))
        return plan.segments.filter { !served.contains($0.id) }.map {
            finding($0.id, "no concept serves segment \($0.name)", fix: "concept CID segment \($0.id), or segment remove \($0.id)")
        }
    }
}
