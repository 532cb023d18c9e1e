/// Info: two or more concepts say where customers meet the firm, and all name the same one area;
/// the others may reach members these never do.
struct ConceptsSpanAreas: PlanCheck {
    static let code = "CN407"
    static let messages = ["oneArea"]
    static let severity = Severity.info
    func findings(in plan: Plan, context: CheckContext) -> [Finding] {
        let placed = plan.concepts.filter { !$0.area.isEmpty }
        guard placed.count >= 2, Set(placed.flatMap(\.area)).count == 1 else { return [] }
        return [finding("", "oneArea")]
    }
}
