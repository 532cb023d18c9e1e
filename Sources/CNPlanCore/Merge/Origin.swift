/// Where a merged item came from: the plan file's name and the item's id in that plan.
public struct Origin: Sendable, Equatable {
    public var file: String
    public var id: String
    public init(file: String, id: String) {
        self.file = file
        self.id = id
    }
}

/// An item a merge can bring in: a segment, a chosen behaviour, a concept, an impact.
public protocol PlanItem: Sendable {
    var origin: Origin? { get set }
}

extension Segment: PlanItem {}
extension BehaviourChoice: PlanItem {}
extension Concept: PlanItem {}
extension Impact: PlanItem {}

extension Plan {
    /// Where an item came from, when a merge brought it.
    public func origin(_ kind: ItemKind, _ id: String) -> Origin? {
        switch kind {
        case .segment: segment(id)?.origin
        case .concept: concept(id)?.origin
        case .impact: impact(id)?.origin
        case .behaviour: Behaviour(rawValue: id).flatMap(choice)?.origin
        case .plan: nil
        }
    }

    /// The name of an item of any kind: the behaviour's own name for behaviours, "" for the plan.
    func itemName(_ kind: ItemKind, _ id: String) -> String {
        guard let f = kind.nameField, case .text(let s)? = value(kind, id, f.key) else { return id }
        return s
    }
}

extension String {
    /// The form two names are compared in: trimmed and case-folded, so `Owners ` matches `owners`.
    var matchKey: String { trimmingSpaces.lowercased() }

    /// The last part of a path: the name a file is known by in origins.
    var fileName: String { split(separator: "/").last.map(String.init) ?? self }
}
