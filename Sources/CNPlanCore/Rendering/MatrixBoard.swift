/// The value/effort matrix drawn for a terminal: value up, effort across, a cell per pair of
/// scores, items sharing a cell one under another, the quadrants named. ASCII lines only, so
/// it aligns with Chinese text in any terminal.
public struct MatrixBoard {
    public var matrix: Matrix
    /// Columns available; nil draws for 80.
    public var width: Int?
    let t: Texts

    public init(plan: Plan, subject: VoteSubject, width: Int?, texts: Texts) {
        matrix = Matrix(plan: plan, subject: subject)
        self.width = width
        t = texts
    }

    /// An item as a cell shows it: `c1 Repair mini-app`, `接入`.
    public func label(_ item: MatrixItem) -> String {
        guard let name = item.name else { return t.behaviour(Behaviour(rawValue: item.id)!) }
        return item.id + " " + Board.safe(name)
    }

    /// Text cut to `columns`, marked when cut.
    static func cut(_ s: String, _ columns: Int, _ t: Texts) -> String {
        guard TextWidth.of(s) > columns else { return s }
        let more = t("matrix.more")
        var out = ""
        var used = TextWidth.of(more)
        for c in s {
            guard used + TextWidth.of(c) <= columns else { break }
            out.append(c)
            used += TextWidth.of(c)
        }
        return out + more
    }

    func cut(_ s: String, _ columns: Int) -> String { MatrixBoard.cut(s, columns, t) }

    public func render() -> String {
        let title = t("matrix.title.\(matrix.subject.rawValue)")
        if matrix.items.isEmpty { return title + "\n  " + t("board.none.\(matrix.subject.kind.rawValue)") }
        // Five cells and the divider in the width, 12 to 24 columns a cell.
        let cell = min(24, max(12, ((width ?? 80) - 8) / 5))
        let lead = "     "
        func row(_ cells: [String]) -> String {
            let left = cells[0..<2].map { TextWidth.pad(cut($0, cell - 1), to: cell) }.joined()
            let right = cells[2..<5].map { TextWidth.pad(cut($0, cell - 1), to: cell) }.joined()
            return left + "| " + right
        }
        var lines = [title, t("matrix.axis.value")]
        func names(_ a: Quadrant, _ b: Quadrant) -> String {
            lead + TextWidth.pad(cut(t("matrix.quadrant.\(a.rawValue)").uppercased(), 2 * cell - 1), to: 2 * cell)
                + "| "
                + t("matrix.quadrant.\(b.rawValue)").uppercased()
        }
        lines.append(names(.quickWins, .bigBets))
        for value in stride(from: 5, through: 1, by: -1) {
            if value == Matrix.high - 1 {
                lines.append(
                    lead + String(repeating: "-", count: 2 * cell) + "+" + String(repeating: "-", count: 3 * cell))
                lines.append(names(.fillIns, .moneyPits))
            }
            let cells = (1...5).map { matrix.cell(value: value, effort: $0).map(label) }
            let height = max(1, cells.map(\.count).max() ?? 1)
            for n in 0..<height {
                let text = row(cells.map { n < $0.count ? $0[n] : "" })
                lines.append((n == 0 ? "  \(value)  " : lead) + text)
            }
        }
        lines.append(trimEnd(lead + row((1...5).map(String.init))) + "  " + t("matrix.axis.effort"))
        // Cells cut long names: each quadrant's items follow in full, best first.
        var notes: [String] = []
        for q in Quadrant.allCases where !matrix.items(in: q).isEmpty {
            notes.append(
                t(
                    "matrix.inQuadrant",
                    [
                        "quadrant": t("matrix.quadrant.\(q.rawValue)"),
                        "list": t.list(matrix.items(in: q).map(label)),
                    ]))
        }
        let unscored = matrix.unscored
        if !unscored.isEmpty { notes.append(t("matrix.unscored", ["list": t.list(unscored.map(label))])) }
        let wrapped = notes.flatMap { TextWidth.fit($0, width: width ?? 80).split(separator: "\n").map(String.init) }
        return (lines + wrapped).map(trimEnd).joined(separator: "\n")
    }

    private func trimEnd(_ s: String) -> String { Board(plan: Plan(), width: nil, texts: t).trimEnd(s) }
}
