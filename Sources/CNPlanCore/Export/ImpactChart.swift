/// An impact's baseline and target as two small bars on one scale, from zero, with their numbers
/// at the bars' ends: the grey bar is where the organisation stands, the green one where it aims.
/// With the latest check-in (the portfolio), a third bar between them shows where it stands now.
struct ImpactChart {
    let baseline: Double?
    let target: Double?
    var latest: Double? = nil

    static let barArea = 120.0
    static let barHeight = 9.0
    static let size = 8.5

    /// The chart; nil when neither number is known.
    func render(label: String) -> String? {
        let bars = [(baseline, "baseline"), (latest, "latest"), (target, "target")].compactMap { v, c in
            v.map { ($0, c) }
        }
        guard !bars.isEmpty else { return nil }
        let lo = min(0, bars.map(\.0).min()!)
        let hi = max(0, bars.map(\.0).max()!)
        let span = hi > lo ? hi - lo : 1
        let numbers = bars.map { Texts.rounded($0.0) }
        // Room for the longest number after the longest bar.
        let room = (numbers.map { Label.ems($0) }.max() ?? 0) * Self.size + 6
        let x = { (v: Double) in 1 + (v - lo) / span * Self.barArea }
        // Two bars' height at least, so that every handout's chart is the same size.
        let rows = Double(max(bars.count, 2))
        var svg = SVG(width: Self.barArea + 2 + room, height: rows * (Self.barHeight + 3) + 1)
        svg.line(x(0), 0, x(0), svg.height, class: "zero")
        for (i, (v, c)) in bars.enumerated() {
            let y = 2 + Double(i) * (Self.barHeight + 3)
            let from = min(x(0), x(v))
            let to = max(x(0), x(v))
            svg.rect(x: from, y: y, width: max(to - from, 1), height: Self.barHeight, radius: 1.5, class: "bar \(c)")
            svg.text([numbers[i]], x: max(to, x(0)) + 3, y: y + Self.barHeight - 1.5, size: Self.size, class: "value")
        }
        return svg.render(class: "bars", label: label)
    }
}
