/// Warning: a concept rests on connect or collaborate, where customers speak up, and says how they
/// take part (area, form or channel) but not how they hear back. Concepts that say nothing of
/// participation, as in plans made before these fields, are left to the guide, which asks.
struct ConceptHasFeedbackLoop: PlanCheck {
    static let code = "CN406"
    static let messages = ["noLoop"]
    static let severity = Severity.warning
    func findings(in plan: Plan, context: CheckContext) -> [Finding] {
        // A loop: mapped, each concept was copied whole, and this check runs on every export.
        var found: [Finding] = []
        for c in plan.concepts where !c.area.isEmpty || c.form != nil || c.channel != nil {
            guard c.feedback == nil, let b = c.uses.first(where: { $0 == .connect || $0 == .collaborate }) else {
                continue
            }
            found.append(finding(c.id, "noLoop", ["id": c.id, "behaviour": b.rawValue]))
        }
        return found
    }
}
