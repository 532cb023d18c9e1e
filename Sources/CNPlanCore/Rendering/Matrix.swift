/// The four quadrants of the value/effort matrix. A score of 3 counts as high on both axes: a
/// middling value is still worth doing, a middling effort is not cheap.
public enum Quadrant: String, Sendable, CaseIterable {
    case quickWins, bigBets, fillIns, moneyPits

    public static func of(value: Int, effort: Int) -> Quadrant {
        switch (value >= Matrix.high, effort >= Matrix.high) {
        case (true, false): .quickWins
        case (true, true): .bigBets
        case (false, false): .fillIns
        case (false, true): .moneyPits
        }
    }
}

/// One item on the matrix: a concept (its id and title) or a behaviour (its name as id).
public struct MatrixItem: Sendable, Equatable {
    public var id: String
    /// The concept's title; nil for a behaviour, whose name is its id.
    public var name: String?
    public var value: Int?
    public var effort: Int?

    public var isScored: Bool { value != nil && effort != nil }
}

/// Behaviours or concepts placed by their value and effort scores: the pure placement that the
/// terminal board and the handout draw.
public struct Matrix: Sendable, Equatable {
    /// The lowest score that counts as high.
    public static let high = 3
    public let subject: VoteSubject
    /// Every item, in the plan's order (rank order for behaviours).
    public let items: [MatrixItem]

    public init(plan: Plan, subject: VoteSubject) {
        self.subject = subject
        switch subject {
        case .behaviours:
            items = plan.behaviours.map {
                MatrixItem(id: $0.name.rawValue, name: nil, value: $0.value, effort: $0.effort)
            }
        case .concepts:
            items = plan.concepts.map { MatrixItem(id: $0.id, name: $0.title, value: $0.value, effort: $0.effort) }
        }
    }

    /// The items with exactly these scores, in the plan's order.
    public func cell(value: Int, effort: Int) -> [MatrixItem] {
        items.filter { $0.value == value && $0.effort == effort }
    }

    /// The scored items of a quadrant, best first: most value, then least effort, then plan order.
    public func items(in quadrant: Quadrant) -> [MatrixItem] {
        items.enumerated().filter { e in
            guard let v = e.element.value, let f = e.element.effort else { return false }
            return Quadrant.of(value: v, effort: f) == quadrant
        }.sorted { a, b in
            (-(a.element.value ?? 0), a.element.effort ?? 0, a.offset) < (
                -(b.element.value ?? 0), b.element.effort ?? 0, b.offset
            )
        }.map(\.element)
    }

    /// Items missing a value or an effort, in the plan's order.
    public var unscored: [MatrixItem] { items.filter { !$0.isScored } }
}
