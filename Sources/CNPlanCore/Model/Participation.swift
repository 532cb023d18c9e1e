/// How deep the forms of interaction go, for the checks that coach participation.
extension InteractionForm {
    /// Games and giveaways, topic discussions: customers look and talk, but make nothing with the firm.
    var isShallow: Bool { self == .games || self == .discussion }
    /// Experience testing, face-to-face co-creation: customers work with the firm on the thing itself.
    var isDeep: Bool { self == .testing || self == .cocreation }
}

extension Concept {
    /// Whether it asks its customers to work with the firm: it rests on collaborate or takes a deep form.
    var asksDeepCollaboration: Bool { uses.contains(.collaborate) || form?.isDeep == true }
}
