/// Warning: a segment that has only just noticed the firm is asked for deep collaboration by a
/// concept for it; relationships deepen one stage at a time.
struct SegmentIsReadyForItsConcepts: PlanCheck {
    static let code = "CN205"
    static let messages = ["tooEarly"]
    static let severity = Severity.warning
    func findings(in plan: Plan, context: CheckContext) -> [Finding] {
        let early = plan.segments.filter { $0.stage == .attract }
        guard !early.isEmpty else { return [] }
        // The concepts grouped once by segment, so that the check stays linear in the plan.
        let deep = Dictionary(grouping: plan.concepts.filter(\.asksDeepCollaboration)) { $0.segment ?? "" }
        return early.flatMap { s in
            (deep[s.id] ?? []).map { c in
                finding(s.id, "tooEarly", ["id": s.id, "name": s.name, "concept": c.id])
            }
        }
    }
}
