/// Warning: a segment does not say which kind of network member it is.
struct SegmentHasRole: PlanCheck {
    static let code = "CN203"
    static let messages = ["noRole"]
    static let severity = Severity.warning
    func findings(in plan: Plan, context: CheckContext) -> [Finding] {
        plan.segments.filter { $0.role == nil }.map {
            finding($0.id, "noRole", ["id": $0.id])
        }
    }
}
