import Foundation
import Testing

/// Issue 13 end to end: at the prompt a facilitator scores three concepts, draws the matrix, runs a
/// named dot vote (budget 3, four participants) and orders the concepts by it, and lets a timer run
/// out while typing; a second terminal running `cnplan present` shows each change; the handout
/// shows the participants, the matrix and the vote.
@Suite struct RoomWorkshopTests {
    @Test func aRoomScoresVotesAndTimesWhileTheWallFollows() throws {
        let home = try CLI.temporaryDirectory()
        let desk = try TmuxSession(
            arguments: ["plan.json"], home: home, environment: ["CNPLAN_TODAY=2026-11-23"], width: 100)
        func enter(_ line: String, shows text: String) throws {
            try desk.waitForLastLine(endingWith: "]>")
            try desk.type(line)
            try desk.send("Enter")
            try desk.waitFor(text)
        }
        try enter("title Repair week", shows: "Repair week [")
        let wall = try TmuxSession(
            arguments: ["present", "plan.json"], home: home, environment: ["CNPLAN_TODAY=2026-11-23"], width: 100,
            ready: "Repair week", prompt: false)
        try enter("participants Wang Wei, Li Na, Zhang Min, Zhao Lei", shows: "ok")
        try wall.waitFor("Zhao Lei")
        for (n, title) in ["Repair app", "Fix-it club", "Video check"].enumerated() {
            try enter("concept add \(title)", shows: "c\(n + 1) added")
            try wall.waitFor("c\(n + 1)")
        }
        for (id, value, effort) in [("c1", 5, 2), ("c2", 3, 4), ("c3", 4, 1)] {
            try enter("concept \(id) value \(value)", shows: "ok")
            try enter("concept \(id) effort \(effort)", shows: "ok")
        }
        try wall.waitFor("effort: 1")
        try enter("matrix concepts", shows: "Quick wins")
        try enter("vote on concepts --dots 3", shows: "ok")
        for ballot in ["Wang c3 c3 c1", "Li c1 c3", "Zhang c3", "Zhao c1 c2 c3"] {
            try enter("vote \(ballot)", shows: "]>")
        }
        try wall.waitFor("4 participants have voted")
        try desk.type("vote close")
        try desk.send("Enter")
        try desk.waitFor("Enter")
        try desk.send("Enter")
        try desk.waitForLastLine(endingWith: "]>")
        try wall.waitFor("latest:")
        // A 2-second timebox runs out while a line is half typed; the line survives.
        try enter("timer 2s", shows: "started")
        try desk.waitForPrompt()
        try desk.type("export md hand")
        try desk.waitFor("time is up")
        try desk.type("out.md")
        try desk.send("Enter")
        try desk.waitFor("exported md to handout.md")
        let handout = try CLI.read(home.appendingPathComponent("handout.md"))
        #expect(handout.contains("Zhao Lei"))
        #expect(handout.contains("Quick wins"))
        #expect(handout.contains("c3 Video check | 5"), "the vote's result: c3 had five dots")
        let json = try CLI.run(["export", home.appendingPathComponent("plan.json").path]).stdout
        let c3 = json.range(of: #""title": "Video check""#)!
        let c1 = json.range(of: #""title": "Repair app""#)!
        #expect(c3.lowerBound < c1.lowerBound, "the concepts are ordered by the vote")
    }
}
