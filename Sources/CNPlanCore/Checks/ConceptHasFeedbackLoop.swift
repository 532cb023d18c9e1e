/// Warning: a concept rests on connect or collaborate, where customers speak up, and says how they
/// take part (area, form or channel) but not how they hear back. Concepts that say nothing of
/// participation, as in plans made before these fields, are left to the guide, which asks.
struct ConceptHasFeedbackLoop: PlanCheck {
    static let code = "CN406"
    static let messages = ["noLoop"]
    static let severity = Severity.warning
    func findings(in plan: Plan, context: CheckContext) -> [Finding] {
        plan.concepts.compactMap { c in
            let saysHow = !c.area.isEmpty || c.form != nil || c.channel != nil
            let speakingUp = c.uses.first { $0 == .connect || $0 == .collaborate }
            guard saysHow, c.feedback == nil, let b = speakingUp else { return nil }
            return finding(c.id, "noLoop", ["id": c.id, "behaviour": b.rawValue])
        }
    }
}
