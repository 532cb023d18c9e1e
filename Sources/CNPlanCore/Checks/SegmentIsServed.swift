/// Warning: no concept serves a segment, so the plan does nothing for it.
struct SegmentIsServed: PlanCheck {
    static let code = "CN204"
    static let messages = ["unserved"]
    static let severity = Severity.warning
    func findings(in plan: Plan, context: CheckContext) -> [Finding] {
        guard !plan.concepts.isEmpty else { return [] }
        let served = Set(plan.concepts.compactMap(\.segment))
        return plan.segments.filter { !served.contains($0.id) }.map {
            finding($0.id, "unserved", ["id": $0.id, "name": $0.name])
        }
    }
}
