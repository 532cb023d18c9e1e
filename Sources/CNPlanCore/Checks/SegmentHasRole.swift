/// Warning: a segment does not say which kind of network member it is.
struct SegmentHasRole: PlanCheck {
    static let code = "CN203"
    static let severity = Severity.warning
    func findings(in plan: Plan, context: CheckContext) -> [Finding] {
        plan.segments.filter { $0.role == nil }.map {
            finding($0.id, "no role (consumer, partner, investor, media, government, employee, other)", fix: "segment \($0.id) role ROLE")
        }
    }
}
