/// Warning: a segment lacks what it needs from us or the unique value we offer it.
struct SegmentHasNeedAndValue: PlanCheck {
    static let code = "CN202"
    static let severity = Severity.warning
    func findings(in plan: Plan, context: CheckContext) -> [Finding] {
        plan.segments.flatMap { s -> [Finding] in
            var out: [Finding] = []
            if s.need == nil { out.append(finding(s.id, "no need: why does \(s.name) give us time or money?", fix: "segment \(s.id) need TEXT")) }
            if s.value == nil { out.append(finding(s.id, "no unique value offered to \(s.name)", fix: "segment \(s.id) value TEXT")) }
            return out
        }
    }
}
