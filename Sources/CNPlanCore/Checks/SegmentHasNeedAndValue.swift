/// Warning: a segment lacks what it needs from us or the unique value we offer it.
struct SegmentHasNeedAndValue: PlanCheck {
    static let code = "CN202"
    static let messages = ["noNeed", "noValue"]
    static let severity = Severity.warning
    func findings(in plan: Plan, context: CheckContext) -> [Finding] {
        plan.segments.flatMap { s -> [Finding] in
            var out: [Finding] = []
            if s.need == nil { out.append(finding(s.id, "noNeed", ["id": s.id, "name": s.name])) }
            if s.value == nil { out.append(finding(s.id, "noValue", ["id": s.id, "name": s.name])) }
            return out
        }
    }
}
