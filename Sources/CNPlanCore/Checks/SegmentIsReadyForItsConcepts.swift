/// Warning: a segment that has only just noticed the firm is asked for deep collaboration by a
/// concept for it; relationships deepen one stage at a time.
struct SegmentIsReadyForItsConcepts: PlanCheck {
    static let code = "CN205"
    static let messages = ["tooEarly"]
    static let severity = Severity.warning
    func findings(in plan: Plan, context: CheckContext) -> [Finding] {
        plan.segments.filter { $0.stage == .attract }.flatMap { s in
            plan.concepts.filter { $0.segment == s.id && $0.asksDeepCollaboration }.map { c in
                finding(s.id, "tooEarly", ["id": s.id, "name": s.name, "concept": c.id])
            }
        }
    }
}
