import Foundation
import Testing

@testable import CNPlanCore

/// docs/commands.md reads in a terminal and a side-by-side diff: its prose wraps at 100 columns (a
/// Chinese character takes two). Tables and code blocks are left as they are: a table row is one line.
@Suite struct DocsLayoutTests {
    @Test func theCommandReferenceProseFitsOneHundredColumns() throws {
        let text = try String(
            contentsOf: Snapshot.root.appendingPathComponent("docs/commands.md"), encoding: .utf8)
        var inCode = false
        var long: [String] = []
        for (n, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if line.hasPrefix("```") { inCode.toggle() }
            if inCode || line.hasPrefix("|") || line.hasPrefix("    ") { continue }
            if TextWidth.of(String(line)) > 100 { long.append("line \(n + 1): \(line)") }
        }
        #expect(long == [], "\(long.joined(separator: "\n"))")
    }
}
